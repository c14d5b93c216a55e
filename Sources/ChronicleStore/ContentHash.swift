import ChronicleCore

/// The content hash of a document: SHA-256 over its text and metadata.
///
/// Two documents with the same id and the same hash are the same document, so ingest skips
/// the second one; a changed text, title, author, source, url or publication date gives
/// another hash and the stored version is replaced. Where the document was read from
/// (`origin`) is not part of it: moving a file does not make its articles new.
///
/// Each field is written with its length in front, so that no two different documents
/// serialize to the same bytes (`title: "ab", author: "c"` versus `title: "a", author: "bc"`).
///
/// ```swift
/// ContentHash.of(Document(id: "a", text: "Talks resumed."))   // 64 hex digits
/// ```
public enum ContentHash {
    /// The lowercase hexadecimal SHA-256 of the document's content and metadata.
    public static func of(_ document: Document) -> String {
        var hash = SHA256()
        let fields: [String?] = [
            document.id, document.text, document.publicationDate?.description, document.title,
            document.author, document.source, document.url,
        ]
        for field in fields {
            guard let field else {
                hash.update("-;")
                continue
            }
            hash.update("\(field.utf8.count):")
            hash.update(field)
            hash.update(";")
        }
        return SHA256.hexString(hash.finalize())
    }
}
