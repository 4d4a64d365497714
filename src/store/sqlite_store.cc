#include "store/store.h"

namespace vigil {

// Placeholder until the SQLite store lands.
Result<std::unique_ptr<Store>> Store::Open(const std::string&, const StoreOptions&) {
  return Status::Internal("store not built yet");
}

}  // namespace vigil
