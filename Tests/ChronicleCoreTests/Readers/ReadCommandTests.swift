import Foundation
import Testing

/// The `chronicle` executable beside the test bundle, when it has been built.
enum ChronicleBinary {
    static var url: URL? {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("chronicle")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }
}

/// Runs the built `chronicle` binary (`swift build` puts it beside the test bundle) on the
/// reader fixtures: JSON Lines on stdout, one error line per problem on stderr, exit status.
@Suite(.enabled(if: ChronicleBinary.url != nil, "the chronicle executable has not been built"))
struct ReadCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = ChronicleBinary.url!
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func readsGoodFilesAndReportsBadOnes() throws {
        let feeds = ReaderFixtures.path("feeds")
        let result = try Self.run(["read", feeds])
        #expect(result.status == 1)
        #expect(result.lines.count == 4)        // 2 Atom entries + 2 RSS items
        for line in result.lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "date", "title", "author", "source", "url", "origin", "text"])
        }
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.hasPrefix("chronicle: error: \(feeds)/") })
        #expect(errors.contains { $0.hasSuffix("news.rss:3: item 3 has no text (content:encoded, content, description or summary)") })
        #expect(errors.contains { $0.contains("not-xml.rss: not XML") })
    }

    @Test func dateOverrideAndTable() throws {
        let result = try Self.run(["read", ReaderFixtures.path("html/article.html"), "--date", "2018-03-07",
                                   "--format", "table"])
        #expect(result.status == 0)
        #expect(result.lines.count == 2)
        #expect(result.lines[0].hasPrefix("ID"))
        #expect(result.lines[1].contains("2018-03-07"))
        #expect(result.lines[1].contains("The Peninsula Ledger"))
    }

    @Test func standardInputAndSizeLimit() throws {
        let piped = try Self.run(["read", "-"], stdin: "{\"id\":\"p1\",\"text\":\"Piped.\"}\n")
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix(#"{"id":"p1","date":null"#))
        let big = try Self.run(["read", "-", "--max-bytes", "10"], stdin: String(repeating: "x", count: 50))
        #expect(big.status == 1)
        #expect(big.stdout.isEmpty)
        #expect(big.stderr.hasPrefix("chronicle: error: -: input is over the limit of 10 bytes; raise it with --max-bytes"))
    }

    @Test func standardInputJSONLinesStreamsPastTheLimit() throws {
        let lines = (1...2000).map { #"{"id":"s\#($0)","text":"Line \#($0)."}"# }.joined(separator: "\n")
        let result = try Self.run(["read", "-", "--max-bytes", "100"], stdin: lines)
        #expect(result.status == 0)
        #expect(result.lines.count == 2000)
        #expect(result.lines.last?.hasPrefix(#"{"id":"s2000""#) == true)
    }

    @Test func badOptions() throws {
        let date = try Self.run(["read", "x.txt", "--date", "12/06/2018"])
        #expect(date.status == 64)
        #expect(date.stderr.contains("--date expects a date as YYYY-MM-DD"))
        let none = try Self.run(["read"])
        #expect(none.status == 64)
    }

    @Test func outputReadsBack() throws {
        let first = try Self.run(["read", ReaderFixtures.path("jsonl/docs.jsonl")])
        #expect(first.status == 1)
        let second = try Self.run(["read", "-"], stdin: first.stdout)
        #expect(second.status == 0)
        func stripOrigin(_ s: String) -> [String] {
            s.split(separator: "\n").map { $0.replacingOccurrences(of: #","origin":\{[^}]*\}"#, with: "", options: .regularExpression) }
        }
        #expect(stripOrigin(second.stdout) == stripOrigin(first.stdout))
    }
}
