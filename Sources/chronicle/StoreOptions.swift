import ArgumentParser
import ChronicleCore
import ChroniclePostgres
import ChronicleSQLite
import ChronicleStore

/// `--db`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "SQLite file, or postgres://user:pass@host:port/db (unix socket: postgres://user@/db?host=/socket/dir).",
        valueName: "path|url"))
    var db = "chronicle.sqlite"

    /// The database for messages: a URL's password is hidden.
    var displayName: String {
        guard PostgresLocation.isPostgresURL(db) else { return db }
        return (try? PostgresLocation(url: db).description) ?? "a PostgreSQL database"
    }

    /// Opens the store and brings its schema up to date.
    func open() async throws -> any EventStore {
        let store: any EventStore
        if PostgresLocation.isPostgresURL(db) {
            store = try await PostgresEventStore.connect(url: db)
        } else {
            store = try SQLiteEventStore(path: db)
        }
        try await store.migrate()
        return store
    }
}

/// `--from` and `--to`.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    func validate() throws {
        _ = try days()
    }

    func days() throws -> (from: CalendarDay?, to: CalendarDay?) {
        func parse(_ text: String?, _ name: String) throws -> CalendarDay? {
            guard let text else { return nil }
            guard let day = CalendarDay(iso: text) else {
                throw ValidationError("--\(name) expects a date as YYYY-MM-DD, found \"\(text)\"")
            }
            return day
        }
        return (try parse(from, "from"), try parse(to, "to"))
    }
}

/// Runs a store command: opens the store, runs `body`, closes the store, and turns store
/// errors into a one-line message and exit code 1.
func withStore<T>(_ options: StoreOptions, _ body: (any EventStore) async throws -> T) async throws -> T {
    let store: any EventStore
    do {
        store = try await options.open()
    } catch {
        // The error names the database (a URL with its password hidden): never print --db itself.
        printError("\(error)")
        throw ExitCode.failure
    }
    do {
        let result = try await body(store)
        try? await store.close()
        return result
    } catch {
        try? await store.close()
        if error is ExitCode { throw error }
        printError("\(error)")
        throw ExitCode.failure
    }
}

extension TrendPeriod: ExpressibleByArgument {}

