import ChronicleCore

/// The content hash of a document: SHA-256 over its text and metadata, and the version of the
/// coder that coded it.
///
/// Two documents with the same id and the same hash are the same document, so ingest skips
/// the second one; a changed text, title, author, source, url or publication date gives
/// another hash and the stored version is replaced, and so does a new coder version (a coder
/// with new lexicons or rules codes the stored articles again). Where the document was read
/// from (`origin`) is not part of it: moving a file does not make its articles new. Without a
/// coder version the hash is that of the content alone.
///
/// Each field is written with its length in front, so that no two different documents
/// serialize to the same bytes (`title: "ab", author: "c"` versus `title: "a", author: "bc"`).
///
/// ```swift
/// ContentHash.of(Document(id: "a", text: "Talks resumed."))   // 64 hex digits
/// ```
public enum ContentHash {
    /// The lowercase hexadecimal SHA-256 of the document's content and metadata, and of
    /// `coderVersion` when it is not empty.
    public static func of(_ document: Document, coderVersion: String = "") -> String {
        var hash = SHA256()
        var fields: [String?] = [
            document.id, document.text, document.publicationDate?.description, document.title,
            document.author, document.source, document.url,
        ]
        if !coderVersion.isEmpty { fields.append(coderVersion) }
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

    /// The hash a store keeps for a coded document: its content and its coder's version.
    public static func of(_ coded: CodedDocument) -> String {
        of(coded.document, coderVersion: coded.coderVersion)
    }
}
