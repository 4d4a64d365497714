#include <cstdio>

#include "cli/commands.h"

namespace vigil::cli {

std::unique_ptr<Store> OpenForReading(const std::string& db) {
  StoreOptions options;
  options.create_if_missing = false;
  options.read_only = true;
  auto store = Store::Open(db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "vigil: cannot open store %s: %s\n", db.c_str(),
                 store.status().ToString().c_str());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace vigil::cli
