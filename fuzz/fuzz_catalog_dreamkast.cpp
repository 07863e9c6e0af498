// Fuzzes the catalog importer DreamkastImporter (see FuzzCatalog.h for what must hold).
#include "FuzzCatalog.h"
#include "catalog/DreamkastImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const omk::catalog::DreamkastImporter importer;
    return omk::catalog::fuzz::run(importer, data, size);
}
