import Foundation
import Testing
@testable import ChronicleCore

@Suite struct DocumentReaderTests {
    /// A corpus directory with good and bad files of every kind.
    private func makeCorpus() throws -> URL {
        let root = try ReaderFixtures.temporaryDirectory()
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try write("b.txt", Array("Border talks\n2018-01-09\n\nDelegates met at Panmunjom.".utf8))
        try write("a/z.html", Array("<title>Z</title><p>Seoul welcomed the offer.</p>".utf8))
        try write("a/y.md", Array("# Y heading\n\nTokyo was cautious.".utf8))
        try write("c.jsonl", Array("{\"id\":\"c1\",\"text\":\"One.\"}\nnot json\n{\"id\":\"c3\",\"text\":\"Three.\"}\n".utf8))
        try write("cp.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("diplomacy".utf8) + [0x94])
        try write("empty.txt", [])
        try write("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        try write("big.txt", Array(repeating: UInt8(ascii: "a"), count: 5000))
        try write(".hidden/secret.txt", Array("Not read.".utf8))
        try write("notes.pdf", Array("%PDF-1.4".utf8))
        try write("UPPER.TXT", Array("Upper-case extension.".utf8))
        try write("README.md", Array("# About this corpus".utf8))
        try write("a/LICENSE.txt", Array("Terms.".utf8))
        return root
    }

    @Test func directoryIsReadRecursivelyInSortedOrder() throws {
        let root = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let reader = DocumentReader(options: ReadOptions(maxBytes: 1000))
        let results = Array(reader.documents(from: [root.path]))
        let summary = results.map { result -> String in
            switch result {
            case .success(let d): return d.id
            case .failure(let e): return "!\(e.code.rawValue):\(URL(fileURLWithPath: e.path).lastPathComponent)\(e.line.map { ":\($0)" } ?? "")"
            }
        }
        #expect(summary == ["UPPER", "a/y", "a/z", "b", "!tooLarge:big.txt", "c1", "!malformedJSON:c.jsonl:2", "c3",
                            "cp", "!empty:empty.txt", "!binary:img.txt"])
        let docs = results.compactMap { try? $0.get() }
        #expect(docs.first { $0.id == "cp" }?.text == "Café “diplomacy”")
        #expect(docs.first { $0.id == "a/y" }?.title == "Y heading")
        #expect(docs.first { $0.id == "b" }?.publicationDate == CalendarDay(iso: "2018-01-09"))
        #expect(docs.first { $0.id == "b" }?.origin.path == root.path + "/b.txt")
        let tooLarge = try #require(results.compactMap(\.failure).first { $0.code == .tooLarge })
        #expect(tooLarge.message.contains("--max-bytes"))
        #expect(tooLarge.message == "input is 5000 bytes, over the limit of 1000 bytes; raise it with --max-bytes")
    }

    @Test func corpusDocumentationIsSkippedUnlessNamed() throws {
        let root = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let inDirectory = DocumentReader().documents(from: [root.path]).compactMap { try? $0.get().id }
        #expect(!inDirectory.contains("README"))
        #expect(!inDirectory.contains("a/LICENSE"))
        let named = DocumentReader().documents(from: [root.path + "/README.md"]).compactMap { try? $0.get() }
        #expect(named.map(\.title) == ["About this corpus"])
    }

    @Test func dateOverrideAppliesToEveryFormat() throws {
        let root = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let day = CalendarDay(iso: "2018-04-27")!
        let docs = DocumentReader(options: ReadOptions(dateOverride: day)).documents(from: [root.path])
            .compactMap { try? $0.get() }
        #expect(docs.count == 8)
        #expect(docs.allSatisfy { $0.publicationDate == day })
    }

    @Test func missingPathsAndEmptyDirectories() throws {
        let empty = try ReaderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let results = Array(DocumentReader().documents(from: ["/no/such/file.txt", empty.path]))
        #expect(results.count == 2)
        #expect(results[0].failure?.code == .unreadable)
        #expect(results[0].failure?.description == "/no/such/file.txt: no such file or directory")
        #expect(results[1].failure?.code == .noDocuments)
    }

    @Test func filesNamedDirectlyKeepTheirOrderAndGetUniqueIDs() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for dir in ["x", "y"] {
            let url = root.appendingPathComponent(dir)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data("Report from \(dir).".utf8).write(to: url.appendingPathComponent("report.txt"))
        }
        let paths = [root.path + "/y/report.txt", root.path + "/x/report.txt"]
        let docs = DocumentReader().documents(from: paths).compactMap { try? $0.get() }
        #expect(docs.map(\.id) == ["report", "report-2"])
        #expect(docs.map(\.text) == ["Report from y.", "Report from x."])
    }

    @Test func standardInputThroughAFileHandle() throws {
        let pipe = Pipe()
        let jsonl = "{\"id\":\"s1\",\"text\":\"From a pipe.\",\"date\":\"2019-02-28\"}\n"
        pipe.fileHandleForWriting.write(Data(jsonl.utf8))
        try pipe.fileHandleForWriting.close()
        let results = DocumentReader().documents(from: pipe.fileHandleForReading)
        let doc = try results[0].get()
        #expect(doc.id == "s1")
        #expect(doc.origin.path == "-")

        let text = Pipe()
        text.fileHandleForWriting.write(Data("Plain words on standard input.".utf8))
        try text.fileHandleForWriting.close()
        let plain = try DocumentReader().documents(from: text.fileHandleForReading)[0].get()
        #expect(plain.id == "stdin")
        #expect(plain.text == "Plain words on standard input.")

        let big = Pipe()
        big.fileHandleForWriting.write(Data(repeating: UInt8(ascii: "x"), count: 300))
        try big.fileHandleForWriting.close()
        let error = try #require(DocumentReader(options: ReadOptions(maxBytes: 100))
            .documents(from: big.fileHandleForReading)[0].failure)
        #expect(error.code == .tooLarge)
        #expect(error.path == "-")

        let empty = Pipe()
        try empty.fileHandleForWriting.close()
        #expect(DocumentReader().documents(from: empty.fileHandleForReading)[0].failure?.message == "standard input is empty")
    }

    @Test func jsonLinesStreamWithALimitPerLine() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        var lines = (1...300).map { #"{"id":"n\#($0)","text":"Note \#($0) on the talks."}"# }
        lines[149] = #"{"id":"long","text":""# + String(repeating: "x", count: 5000) + #""}"#
        lines[199] = "{broken"
        let url = root.appendingPathComponent("stream.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let results = Array(DocumentReader(options: ReadOptions(maxBytes: 1000)).documents(from: [url.path]))
        #expect(results.count == 300)
        #expect(results.compactMap { try? $0.get() }.count == 298)
        let errors = results.compactMap(\.failure)
        #expect(errors.map(\.line) == [150, 200])
        #expect(errors.map(\.code) == [.tooLarge, .malformedJSON])
        #expect(try results[150].get().id == "n151")
        #expect(try results[150].get().origin.line == 151)
        // The same through the in-memory entry point.
        let inMemory = DocumentReader(options: ReadOptions(maxBytes: 1_000_000)).documents(in: InputFile(
            path: url.path, id: "stream", formatByExtension: .jsonl))
        #expect(inMemory.count == 300)
    }

    @Test func jsonLinesLineLongerThanAReadChunk() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("huge.jsonl")
        var bytes = Array(#"{"id":"a","text":"Before."}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"huge","text":""#.utf8) + Array(repeating: UInt8(ascii: "y"), count: 2_500_000) + Array(#""}"#.utf8)
        bytes += [0x0A] + Array(#"{"id":"c","text":"After."}"#.utf8)
        try Data(bytes).write(to: url)
        let results = Array(DocumentReader(options: ReadOptions(maxBytes: 1_000_000)).documents(from: [url.path]))
        #expect(results.count == 3)
        #expect(try results[0].get().id == "a")
        #expect(results[1].failure?.code == .tooLarge)
        #expect(results[1].failure?.line == 2)
        #expect(try results[2].get().id == "c")
        #expect(try results[2].get().origin.line == 3)
    }

    @Test func jsonLinesStreamCollapsesAFileOfNonDocuments() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("gold.jsonl")
        try Data((1...50).map { #"{"id":"g\#($0)"}"# }.joined(separator: "\n").utf8).write(to: url)
        let empty = root.appendingPathComponent("empty.jsonl")
        try Data().write(to: empty)
        let results = Array(DocumentReader().documents(from: [url.path, empty.path]))
        #expect(results.count == 2)
        #expect(results[0].failure?.message.hasPrefix("no line is a document: all 50 lines") == true)
        #expect(results[1].failure?.code == .empty)
    }

    @Test func forcedFormatWinsOverTheExtension() throws {
        let html = "<p>Kept as <b>markup</b>.</p>"
        let asText = DocumentReader(options: ReadOptions(format: .text)).documents(in: Array(html.utf8), path: "p.html", id: "p")
        #expect(try asText[0].get().text == html)
        let feedError = DocumentReader(options: ReadOptions(format: .feed)).documents(in: Array("plain".utf8), path: "p.txt", id: "p")
        #expect(feedError[0].failure?.code == .notXML)
    }

    @Test func whitespaceOnlyFilesAreEmpty() {
        let results = ReaderFixtures.read("  \n\t\n", name: "blank.txt")
        #expect(results[0].failure?.code == .empty)
        #expect(ReaderFixtures.read("<html><script>x()</script></html>", name: "s.html")[0].failure?.code == .empty)
    }

    @Test(arguments: [
        ("{\"id\":1}", InputFormat.jsonl), ("[{}]", .json), ("<?xml version='1.0'?><rss>", .feed),
        ("<feed xmlns='http://www.w3.org/2005/Atom'>", .feed), ("<!DOCTYPE html><html>", .html),
        ("<p>Hi</p>", .html), ("SEOUL, June 12 (Yonhap) --", .text), ("\u{FEFF}  {\"id\":2}", .jsonl),
    ])
    func sniffing(head: String, expected: InputFormat) {
        #expect(InputFormat.sniff(Array(head.utf8)) == expected)
    }
}
