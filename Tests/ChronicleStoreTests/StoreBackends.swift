import ChronicleCore
import ChroniclePostgres
import ChronicleSQLite
import ChronicleStore
import Foundation
import Testing

/// The backends the conformance suite runs against. PostgreSQL takes part when
/// `CHRONICLE_TEST_POSTGRES_URL` names a database (`.ci/run` starts one); each store then
/// lives in a schema of its own, so that tests can run in parallel.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["CHRONICLE_TEST_POSTGRES_URL"]
        .flatMap { $0.isEmpty ? nil : $0 }

    /// The backends available here.
    static var available: [Backend] {
        postgresURL == nil ? [.memory, .sqlite] : [.memory, .sqlite, .postgres]
    }

    var testDescription: String { rawValue }

    /// A new, empty, migrated store.
    func makeStore() async throws -> any EventStore {
        let store: any EventStore
        switch self {
        case .memory:
            store = MemoryEventStore()
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            store = try SQLiteEventStore(path: dir.appendingPathComponent("test.sqlite").path)
        case .postgres:
            let url = try #require(Self.postgresURL)
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            store = try await PostgresEventStore.connect(url: url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
        }
        try await store.migrate()
        return store
    }
}

@Suite("PostgreSQL availability")
struct PostgresAvailability {
    @Test("PostgreSQL conformance runs", .enabled(if: Backend.postgresURL != nil,
        "CHRONICLE_TEST_POSTGRES_URL is not set: the conformance suite ran on memory and SQLite only (.ci/run sets it)"))
    func postgresReachable() async throws {
        let store = try await Backend.postgres.makeStore()
        try await store.migrate()  // a second migrate is a no-op
        #expect(try await store.stats().documents == 0)
        try await store.close()
    }
}
