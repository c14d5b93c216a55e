import ChronicleCore

/// One input of an ingest: a document, or a failure to read one (a bad JSON line), which is
/// reported and skipped like a coding failure.
public enum IngestItem: Sendable {
    case document(Document)
    case failure(IngestFailure)
}

/// A document that could not be read, coded or stored.
public struct IngestFailure: Error, Sendable, CustomStringConvertible {
    /// The document id, when known.
    public var documentID: String?
    /// Where the document was read from.
    public var origin: DocumentOrigin?
    /// What went wrong.
    public var message: String

    /// Creates a failure.
    public init(documentID: String?, origin: DocumentOrigin?, message: String) {
        self.documentID = documentID
        self.origin = origin
        self.message = message
    }

    /// `file.jsonl:12: doc-7: message`.
    public var description: String {
        var place = ""
        if let path = origin?.path { place += path }
        if let line = origin?.line { place += ":\(line)" }
        var parts: [String] = []
        if !place.isEmpty { parts.append(place) }
        if let documentID { parts.append(documentID) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// How far an ingest has come: counts, throughput and the expected time left.
public struct IngestProgress: Sendable, Hashable {
    /// Documents handled so far (stored, skipped or failed).
    public var documents = 0
    /// Documents expected in all, when known.
    public var documentsTotal: Int?
    /// New documents stored.
    public var inserted = 0
    /// Changed documents replaced.
    public var replaced = 0
    /// Documents already stored with the same content hash.
    public var unchanged = 0
    /// Documents that failed.
    public var failed = 0
    /// Event reports stored.
    public var events = 0
    /// UTF-8 bytes of document text handled.
    public var bytes = 0
    /// Bytes expected in all, when known.
    public var bytesTotal: Int?
    /// Seconds since the start.
    public var elapsed = 0.0

    /// Creates an empty progress.
    public init(documentsTotal: Int? = nil, bytesTotal: Int? = nil) {
        self.documentsTotal = documentsTotal
        self.bytesTotal = bytesTotal
    }

    /// Throughput in megabytes of text per second.
    public var megabytesPerSecond: Double {
        elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
    }

    /// Documents per second.
    public var documentsPerSecond: Double {
        elapsed > 0 ? Double(documents) / elapsed : 0
    }

    /// The fraction done, from bytes when their total is known, else from documents.
    public var fraction: Double? {
        if let bytesTotal, bytesTotal > 0 { return min(1, Double(bytes) / Double(bytesTotal)) }
        if let documentsTotal, documentsTotal > 0 { return min(1, Double(documents) / Double(documentsTotal)) }
        return nil
    }

    /// Seconds left at the current rate, when the total is known.
    public var eta: Double? {
        guard let fraction, fraction > 0, elapsed > 0 else { return nil }
        return elapsed * (1 - fraction) / fraction
    }
}

/// What an ingest did: the final progress and every failure.
public struct IngestSummary: Sendable {
    /// Final counts.
    public var progress: IngestProgress
    /// Documents that could not be read, coded or stored, in input order of discovery.
    public var failures: [IngestFailure]
}
