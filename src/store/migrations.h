// Migrations are the numbered steps that build the store's schema. The file's
// PRAGMA user_version says how many have been applied; opening a store
// applies the missing ones in order, each inside its own transaction, so a
// crash leaves the file at one version or the next, never between.
//
// Rules (see docs/storage.md): a released migration is never edited; a
// change to the schema is a new migration appended to the list; integers that
// encode enums (EntityType, EventType) are never renumbered.
#ifndef VIGIL_STORE_MIGRATIONS_H_
#define VIGIL_STORE_MIGRATIONS_H_

#include <sqlite3.h>

#include <span>

#include "vigil/status.h"

namespace vigil {

struct Migration {
  int version;       // 1, 2, ...: user_version after it is applied
  const char* name;  // a few words, for messages
  const char* sql;   // one or more statements
};

// PRAGMA application_id of every vigil store ("VGIL"), set by migration 1.
inline constexpr int32_t kVigilApplicationId = 0x5647494c;

// All migrations, in order; versions are 1..N without gaps.
std::span<const Migration> Migrations();

// The schema version this code builds and understands (the last migration).
int LatestSchemaVersion();

// PRAGMA user_version of `db`.
Result<int> ReadSchemaVersion(sqlite3* db);

// InvalidArgument, saying that `vigil migrate` upgrades it, when `db` is a
// store of an older schema version than LatestSchemaVersion().
Status RequireLatestSchema(sqlite3* db);

// Checks `db` is an empty database or a vigil store this code can read:
// Corruption for an SQLite file of another application, InvalidArgument for
// a store newer than LatestSchemaVersion().
Status CheckCompatible(sqlite3* db);

// Applies every migration `db` lacks, up to `target` (LatestSchemaVersion()
// by default). Each runs in a BEGIN IMMEDIATE transaction that re-reads
// user_version first, so two processes opening one file at once do not both
// apply a step. Not thread-safe for one connection.
Status Migrate(sqlite3* db, int target = -1);

}  // namespace vigil

#endif  // VIGIL_STORE_MIGRATIONS_H_
