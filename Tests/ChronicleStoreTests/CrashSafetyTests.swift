import ChronicleCore
import ChronicleSQLite
import ChronicleStore
import Foundation
import Testing

/// Runs the built `chronicle` binary: kills an ingest mid-run, resumes it, and compares the
/// database with one clean run.
@Suite("Crash safety of chronicle ingest")
struct CrashSafetyTests {
    static var binary: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("chronicle")
    }

    private func ingest(_ input: URL, db: URL) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ingest", input.path, "--db", db.path, "--jobs", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("SIGKILL mid-ingest, then a rerun, gives the database of one clean run",
          .enabled(if: FileManager.default.isExecutableFile(atPath: CrashSafetyTests.binary.path),
                   "the chronicle binary is not built next to the tests"))
    func killAndResume() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        // A synthetic feed: many documents of a few sentences each.
        let count = 8000
        var lines = ""
        for i in 0..<count {
            let day = CalendarDay(iso: "2018-01-01")!.adding(days: i % 365)
            let text = "Delegation \(i) arrived in the capital. Talks on item \(i % 17) lasted three hours. "
                + "Both sides promised to meet again. Officials declined to comment on a secret meeting."
            let object: [String: Any] = ["id": "feed-\(i)", "text": text, "date": day.description,
                                         "source": i % 3 == 0 ? "Yonhap" : "Kyodo", "title": "Item \(i)"]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
                            as: UTF8.self) + "\n"
        }
        lines += "{not json}\n"
        let input = dir.appendingPathComponent("feed.jsonl")
        try lines.write(to: input, atomically: true, encoding: .utf8)

        // Interrupted run: wait until some documents are committed, then SIGKILL.
        let interrupted = dir.appendingPathComponent("interrupted.sqlite")
        let victim = try ingest(input, db: interrupted)
        // Watch the write-ahead log grow (opening the database while the ingest writes would
        // wait on its lock) and kill the process once some documents are committed. The watch
        // sleeps on its own thread: a task could wait behind the other tests for longer than
        // the whole ingest takes.
        let wal = interrupted.path + "-wal"
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, victim.isRunning {
            usleep(2_000)
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size >= 1024 * 1024 {
                kill(victim.processIdentifier, SIGKILL)
                break
            }
        }
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal, "the ingest finished before it could be killed")
        let afterKill = try SQLiteEventStore(path: interrupted.path)
        let partial = try await afterKill.stats().documents
        try await afterKill.close()
        #expect(partial > 0 && partial < count, "killed after \(partial) of \(count) documents")

        // Resume, and compare with a clean run.
        let resumed = try ingest(input, db: interrupted)
        resumed.waitUntilExit()
        #expect(resumed.terminationStatus == 1)  // the bad line is reported
        let clean = dir.appendingPathComponent("clean.sqlite")
        let cleanRun = try ingest(input, db: clean)
        cleanRun.waitUntilExit()

        let a = try SQLiteEventStore(path: interrupted.path)
        let b = try SQLiteEventStore(path: clean.path)
        let dumpA = try await a.canonicalDump(), dumpB = try await b.canonicalDump()
        #expect(try await b.stats().documents == count)
        #expect(dumpA.count == dumpB.count)
        #expect(dumpA == dumpB)
        // The full-text index survived the kill: every document's sentence is found once.
        #expect(try await a.search(SentenceQuery("secret meeting", limit: 10_000)).count == count)
        try await a.close()
        try await b.close()
    }
}
