#pragma once
// frab/Pretalx `schedule.xml`, the form most schedule apps read. Errors name the line:column
// and the element path.

#include "catalog/Importer.h"

namespace omk::catalog {

class FrabXmlImporter final : public Importer {
public:
    Format format() const override { return Format::FrabXml; }
    bool detect(const Document& doc) const override;
    Expected<Catalog> import(const Document& doc) const override;
};

}  // namespace omk::catalog
