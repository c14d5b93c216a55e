import ChronicleCore
import Foundation
import Testing
@testable import ChronicleStore

/// The store's fast JSON reader gives exactly what `JSONDecoder` gives, or nothing.
@Suite("Stored JSON reader")
struct StoredJSONTests {
    static var records: [EventRecord] {
        var records = Fixtures.corpus.flatMap(\.events)
        var full = records[0]
        full.text = "He said \"no\" \\ then\nleft; 東京 😀 café\u{1}"
        full.plover = "CONSULT"
        full.location = EventLocation(text: "Panmunjom", country: nil)
        full.reportedBy = ["KCNA", "Tokyo Shimbun"]
        full.source = ActorRef(text: "Kim", country: "PRK", sector: "GOV", code: "PRKGOV", name: "Kim Jong Un")
        full.explanation = EventExplanation(event: "y1", pattern: "V0400", rule: "verb", source: [0, 3], verb: [4, 8],
                                            target: nil, date: [10, 20])
        full.goldstein = -7.25
        full.confidence = 1e-3
        records.append(full)
        var bare = records[0]
        bare.target = nil
        bare.dateBasis = nil
        bare.date = nil
        bare.dateStart = nil
        bare.dateEnd = nil
        bare.span = []
        records.append(bare)
        return records
    }

    @Test("Records written by the store read back equal to JSONDecoder's")
    func sameAsJSONDecoder() throws {
        for record in Self.records {
            let json = try StoreSQL.json(record)
            let expected = try JSONDecoder().decode(EventRecord.self, from: Data(json.utf8))
            #expect(StoredJSON.eventRecord(json) == expected, "\(json)")
            #expect(try StoreSQL.eventRecord(json) == record)
        }
        #expect(StoredJSON.strings(#"["a1","b\"7", "c\u00e9\ud83d\ude00"]"#) == ["a1", "b\"7", "cé😀"])
        #expect(try StoreSQL.strings("[]") == [])
    }

    @Test("Anything unexpected is left to JSONDecoder", arguments: [
        #"{"schema":1}"#,                                     // keys missing
        #"[1,2]"#, #"{"a":}"#, #"{"a":1"#, #""unterminated"#, #"{"a":01}"#, #"{"a":"\ud800"}"#, "{\"a\":\"\u{1}\"}",
    ])
    func malformedIsNil(_ text: String) {
        #expect(StoredJSON.eventRecord(text) == nil)
    }

    @Test("A wrong type or an unreadable date falls back, and JSONDecoder then throws")
    func wrongTypes() throws {
        let json = try StoreSQL.json(Self.records[0])
        for (from, to) in [(#""quad":1"#, #""quad":1.5"#), (#""date_start":"2018-06-12""#, #""date_start":"June""#),
                           (#""mode":"asserted""#, #""mode":"maybe""#), (#""span":["#, #""span":["x","#)] {
            let bad = json.replacingOccurrences(of: from, with: to)
            #expect(bad != json)
            #expect(StoredJSON.eventRecord(bad) == nil, "\(bad)")
            #expect(throws: StoreError.self) { try StoreSQL.eventRecord(bad) }
        }
    }
}
