// Fuzzes the catalog importer OmnikastCatalogImporter (see FuzzCatalog.h for what must hold).
#include "FuzzCatalog.h"
#include "catalog/OmnikastCatalogFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const omk::catalog::OmnikastCatalogImporter importer;
    return omk::catalog::fuzz::run(importer, data, size);
}
