#pragma once
// frab/Pretalx `schedule.json` (the C3VOC schema). Tolerant where the meaning is clear: rooms
// are keyed by name (real exports give two rooms one guid), `date` wins over `start`, schema
// fields that a viewer does not need may be missing.

#include "catalog/Importer.h"

namespace omk::catalog {

class FrabJsonImporter final : public Importer {
public:
    Format format() const override { return Format::FrabJson; }
    bool detect(const Document& doc) const override;
    Expected<Catalog> import(const Document& doc) const override;
};

}  // namespace omk::catalog
