import ChronicleCore
import ChronicleStore
import Testing

@Suite("SHA-256 and content hashes")
struct SHA256Tests {
    @Test("FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(input: String, expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
    }

    @Test("A million a's, fed in uneven pieces")
    func longInput() {
        var hash = SHA256()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let n = min(piece, 1_000_000 - fed)
            hash.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            fed += n
            piece = piece * 3 % 1000 + 1
        }
        #expect(SHA256.hexString(hash.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("The content hash covers text and metadata, not the origin")
    func contentHash() {
        let base = Document(id: "a", text: "Talks resumed.", publicationDate: CalendarDay(iso: "2018-06-12"),
                            title: "Talks", source: "Yonhap")
        var moved = base
        moved.origin = DocumentOrigin(path: "elsewhere.jsonl", line: 9)
        #expect(ContentHash.of(base) == ContentHash.of(moved))
        var retitled = base
        retitled.title = "Talks again"
        #expect(ContentHash.of(base) != ContentHash.of(retitled))
        var redated = base
        redated.publicationDate = CalendarDay(iso: "2018-06-13")
        #expect(ContentHash.of(base) != ContentHash.of(redated))
        // Field boundaries matter: moving a character between fields changes the hash.
        let a = Document(id: "a", text: "x", title: "ab", author: "c")
        let b = Document(id: "a", text: "x", title: "a", author: "bc")
        #expect(ContentHash.of(a) != ContentHash.of(b))
    }

    @Test("A coder version joins the content hash; without one the hash is the content's")
    func coderVersion() {
        let doc = Document(id: "a", text: "Talks resumed.", publicationDate: CalendarDay(iso: "2018-06-12"))
        #expect(ContentHash.of(doc, coderVersion: "") == ContentHash.of(doc))
        #expect(ContentHash.of(doc, coderVersion: "r2-01") != ContentHash.of(doc))
        #expect(ContentHash.of(doc, coderVersion: "r2-01") != ContentHash.of(doc, coderVersion: "r2-02"))
        let coded = CodedDocument(document: doc, sentences: [], coderVersion: "r2-01")
        #expect(ContentHash.of(coded) == ContentHash.of(doc, coderVersion: "r2-01"))
    }
}
