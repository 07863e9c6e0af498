// Fuzzes the catalog importer FrabXmlImporter (see FuzzCatalog.h for what must hold).
#include "FuzzCatalog.h"
#include "catalog/FrabXmlImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const omk::catalog::FrabXmlImporter importer;
    return omk::catalog::fuzz::run(importer, data, size);
}
