import ChronicleCore
import ChronicleSQLite
import ChronicleStore
import Foundation
import Testing

/// Runs the built `chronicle` binary against a store filled with the fixture corpus.
@Suite("chronicle timeline, search, trend and balance")
struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = CrashSafetyTests.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    private func database() async throws -> (URL, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("c.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.migrate()
        for doc in Fixtures.corpus { _ = try await store.store(doc) }
        try await store.close()
        return (dir, path)
    }

    @Test("Outputs in every format", .enabled(if: FileManager.default.isExecutableFile(atPath: CrashSafetyTests.binary.path)))
    func formats() async throws {
        let (dir, db) = try await database()
        defer { try? FileManager.default.removeItem(at: dir) }

        let csv = try run(["timeline", "USA", "PRK", "--db", db, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.output == """
            DATE,SOURCE,TARGET,CAMEO,QUAD,GOLDSTEIN,MODE,MENTIONS,SOURCES,EVIDENCE
            2018-06-12,USA,PRK,040,1,1.0,asserted,2,KCNA; Yonhap,The American and North Korean leaders met in Singapore on Tuesday.
            2018-06-13,PRK,USA,112,3,-2.0,asserted,1,Yonhap,Pyongyang criticized Washington over the drills.
            2018-06-19,USA,PRK,040,1,1.0,asserted,1,Kyodo; NHK,Envoys of the two countries met again in Panmunjom.

            """)

        let md = try run(["timeline", "JPN", "--db", db, "--format", "md", "--root", "13"])
        #expect(md.output == """
            | DATE | SOURCE | TARGET | CAMEO | QUAD | GOLDSTEIN | MODE | MENTIONS | SOURCES | EVIDENCE |
            |---|---|---|---|---|---|---|---|---|---|
            | 2018-07-02 | PRK | JPN | 130 | 3 | -4.4 | asserted | 1 | Asahi | North Korea threatened Japan in a statement. |

            """)

        let jsonl = try run(["timeline", "KOR", "JPN", "--db", db, "--format", "jsonl"])
        let line = try #require(jsonl.output.split(separator: "\n").first)
        let event = try JSONDecoder().decode(MergedEvent.self, from: Data(line.utf8))
        #expect(event.mentionCount == 2 && event.record.cameo == "042" && event.sources == ["Asahi", "Kyodo"])

        let search = try run(["search", "secret meeting", "--db", db, "--from", "2018-06-15"])
        #expect(search.output.contains("asahi-0621"))
        #expect(!search.output.contains("kcna-0614"))
        #expect(search.output.contains("JPN→KOR 042"))

        let trend = try run(["trend", "USA", "PRK", "--by", "year", "--db", db, "--format", "csv"])
        #expect(trend.output == """
            PERIOD,SOURCE,TARGET,Q1,Q2,Q3,Q4,EVENTS,GOLDSTEIN_SUM,GOLDSTEIN_MEAN
            2018,PRK,USA,0,0,1,0,1,-2.0,-2.00
            2018,USA,PRK,2,0,0,0,2,2.0,1.00

            """)

        let balance = try run(["balance", "PRK", "--db", db, "--format", "jsonl"])
        #expect(balance.output == "{\"country\":\"PRK\",\"goldstein_sums\":[2,0,-6.4,0],\"quad_counts\":[2,0,2,0]}\n")

        let bad = try run(["timeline", "USA", "--db", db, "--mode", "sometimes"])
        #expect(bad.status != 0)
        #expect(bad.error.contains("--mode expects one of"))

        let unreachable = try run(["timeline", "USA", "--db", "postgres://someone:hunter2@127.0.0.1:1/none"])
        #expect(unreachable.status == 1)
        #expect(unreachable.error.hasPrefix("chronicle: error: cannot connect to postgres://someone:***@127.0.0.1:1/none"))
        #expect(!unreachable.error.contains("hunter2"))
    }
}
