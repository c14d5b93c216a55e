import ChronicleCore
import Foundation
import Testing

@Suite("Event coder version")
struct EventCoderVersionTests {
    @Test("Coded documents carry the coder's version: its revision and a digest of its resources")
    func version() throws {
        let coder = EventCoder.shipped()
        #expect(coder.version == EventCoder.shippedVersion)
        #expect(coder.version.hasPrefix("r\(EventCoder.revision)-"))
        let digest = coder.version.dropFirst("r\(EventCoder.revision)-".count)
        #expect(digest.count == 16 && digest.allSatisfy(\.isHexDigit))
        // No resource is empty: the digest is not the empty input's.
        #expect(digest != String(0xcbf2_9ce4_8422_2325 as UInt64, radix: 16))
        let coded = coder.code(Document(id: "v1", text: "Japan protested to China on Monday.",
                                        publicationDate: CalendarDay(iso: "2019-03-06")))
        #expect(coded.coderVersion == coder.version)

        var custom = EventCoder.shipped()
        custom.version = "test-lexicon"
        #expect(custom.code(coded.document).coderVersion == "test-lexicon")
    }

    @Test("The version is not part of a coded document's JSON form")
    func json() throws {
        let coded = CodedDocument(document: Document(id: "d", text: "Talks."), sentences: [], coderVersion: "r2-x")
        let data = try JSONEncoder().encode(coded)
        #expect(!String(decoding: data, as: UTF8.self).contains("r2-x"))
        let back = try JSONDecoder().decode(CodedDocument.self, from: data)
        #expect(back.coderVersion.isEmpty)
        #expect(back.document == coded.document)
    }
}
