import ChronicleCore

/// A document as the store keeps it: the document, its content hash and a few counts.
public struct StoredDocument: Sendable, Hashable, Codable {
    /// The document (its `origin` is not stored and comes back empty).
    public var document: Document
    /// ``ContentHash/of(_:)`` of the document when it was stored.
    public var contentHash: String
    /// How many sentences were stored.
    public var sentenceCount: Int
    /// How many event reports (mentions) the document contributed.
    public var mentionCount: Int

    /// Creates a stored document.
    public init(document: Document, contentHash: String, sentenceCount: Int, mentionCount: Int) {
        self.document = document
        self.contentHash = contentHash
        self.sentenceCount = sentenceCount
        self.mentionCount = mentionCount
    }

    enum CodingKeys: String, CodingKey {
        case document
        case contentHash = "content_hash"
        case sentenceCount = "sentences"
        case mentionCount = "mentions"
    }
}
