import Foundation
import Testing
@testable import ChronicleCore

@Suite struct JSONDocumentReaderTests {
    @Test func goodAndBadLines() throws {
        let results = DocumentReader().documents(in: InputFile(path: ReaderFixtures.path("jsonl/docs.jsonl"),
                                                               id: "docs", formatByExtension: .jsonl))
        let docs = results.compactMap { try? $0.get() }
        #expect(docs.map(\.id) == ["jl-1", "2", "jl-8"])
        #expect(docs.map { $0.origin.line } == [1, 3, 9])             // the blank line 2 is skipped
        #expect(docs[0].publicationDate == CalendarDay(iso: "2017-08-29"))
        #expect(docs[0].title == "Tokyo protests")
        #expect(docs[0].source == "Kyodo")
        #expect(docs[1].publicationDate == CalendarDay(iso: "2017-08-29"))   // ISO date-time
        #expect(docs[1].url == "https://example.org/2")
        #expect(docs[1].author == "Wang Li")
        #expect(docs[2].publicationDate == nil)

        let errors = results.compactMap(\.failure)
        #expect(errors.map(\.line) == [4, 5, 6, 7, 8])
        #expect(errors.map(\.code) == [.malformedJSON, .invalidField, .invalidField, .invalidField, .invalidField])
        #expect(errors[0].description.hasSuffix("docs.jsonl:4: not valid JSON: unexpected end of JSON inside an object (column 49)"))
        #expect(errors[1].message == #"line has no "text" field"#)
        #expect(errors[2].message == #"line has no "id" field"#)
        #expect(errors[3].message.contains("someday"))
        #expect(errors[4].message.contains("not a JSON object"))
    }

    @Test func escapesAndUnicode() throws {
        let line = #"{"id":"u","text":"Kim said: \"We will meet.\"\n\u00c9lys\u00e9e \ud83d\ude00 caf\u00E9"}"#
        let doc = try ReaderFixtures.read(line, name: "u.jsonl")[0].get()
        #expect(doc.text == "Kim said: \"We will meet.\"\nÉlysée 😀 café")
    }

    @Test func fieldKinds() {
        func message(_ line: String) -> String? { ReaderFixtures.read(line, name: "x.jsonl").first?.failure?.message }
        #expect(message(#"{"id":"a","text":42}"#) == #""text" must be a string"#)
        #expect(message(#"{"id":"a","text":"   "}"#) == #""text" is empty"#)
        #expect(message(#"{"id":["a"],"text":"x"}"#) == #""id" must be a non-empty string or a number"#)
        #expect(message(#"{"id":"a","text":"x"} trailing"#)?.contains("unexpected text after") == true)
        #expect(message(#"{"id":"a","text":"x","date":"2018-02-30"}"#)?.contains("2018-02-30") == true)
    }

    @Test func jsonFileWithArrayOrObject() throws {
        let array = #"[{"id":"a","text":"One."}, {"id":"b","text":"Two.","date":"2018-01-01"}, {"id":"c"}]"#
        let results = ReaderFixtures.read(array, name: "set.json")
        #expect(results.compactMap { try? $0.get().id } == ["a", "b"])
        #expect(results[2].failure?.message == #"element 3 has no "text" field"#)
        let object = "{\n  \"id\": \"solo\",\n  \"text\": \"Pretty-printed.\"\n}"
        #expect(try ReaderFixtures.read(object, name: "solo.json")[0].get().id == "solo")
        let broken = "{\n  \"id\": \"solo\",\n  \"text\" \"x\"\n}"
        let error = try #require(ReaderFixtures.read(broken, name: "b.json")[0].failure)
        #expect(error.code == .malformedJSON)
        #expect(error.line == 3)
        // JSON Lines that happen to be named .json read as lines.
        let lines = "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n"
        #expect(ReaderFixtures.read(lines, name: "l.json").compactMap { try? $0.get().id } == ["1", "2"])
    }

    @Test func readOutputReadsBack() throws {
        let original = Document(id: "rt", text: "Tab\there, quote \" and slash \\ and \u{1}.",
                                publicationDate: CalendarDay(iso: "2018-06-12"), title: "T", author: "A",
                                source: "S", url: "https://x", origin: DocumentOrigin(path: "p.txt", line: nil))
        let line = original.jsonLine
        #expect(line.hasPrefix(#"{"id":"rt","date":"2018-06-12","title":"T","author":"A","source":"S","url":"https://x","origin":{"path":"p.txt","line":null},"text":"#))
        var copy = try ReaderFixtures.read(line, name: "back.jsonl")[0].get()
        copy.origin = original.origin
        #expect(copy == original)
    }

    @Test func fileOfOtherRecordsIsOneError() throws {
        let gold = (1...5).map { #"{"id":"e\#($0)","roots":["04"]}"# }.joined(separator: "\n")
        let results = ReaderFixtures.read(gold, name: "gold.jsonl")
        #expect(results.count == 1)
        let error = try #require(results[0].failure)
        #expect(error.message == #"no line is a document: all 5 lines fail with: line has no "text" field"#)
        #expect(error.line == 1)
        // Different problems on different lines stay separate.
        #expect(ReaderFixtures.read("{}\n[]\nx\n", name: "mixed.jsonl").count == 3)
    }
}
