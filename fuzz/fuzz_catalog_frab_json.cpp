// Fuzzes the catalog importer FrabJsonImporter (see FuzzCatalog.h for what must hold).
#include "FuzzCatalog.h"
#include "catalog/FrabJsonImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const omk::catalog::FrabJsonImporter importer;
    return omk::catalog::fuzz::run(importer, data, size);
}
