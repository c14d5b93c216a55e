import ChronicleCore

/// The lines of ``EventStore/canonicalDump()``, formatted the same way by every backend.
///
/// Each line is a tab-separated row; `nil` is written `∅`. Comparing the sorted lines of two
/// stores tells whether they hold the same facts: the crash-safety test compares an
/// interrupted-then-resumed ingest with a clean one, and the conformance suite compares the
/// backends with each other.
public enum CanonicalDump {
    private static func row(_ fields: [String?]) -> String {
        fields.map { ($0 ?? "∅").replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
    }

    /// A document row.
    public static func document(id: String, hash: String, publicationDate: CalendarDay?,
                                title: String?, source: String?) -> String {
        row(["document", id, hash, publicationDate?.description, title, source])
    }

    /// A sentence row.
    public static func sentence(documentID: String, _ s: SentenceRecord) -> String {
        row(["sentence", documentID, String(s.index), String(s.start), String(s.end), s.text])
    }

    /// An actor mention row.
    public static func actor(documentID: String, ordinal: Int, _ a: ActorMentionRecord) -> String {
        row(["actor", documentID, String(ordinal), String(a.start), String(a.end), a.country, a.code, a.how])
    }

    /// A temporal expression row.
    public static func time(documentID: String, ordinal: Int, _ t: TimeRecord) -> String {
        row(["time", documentID, String(ordinal), String(t.start), String(t.end), t.value, t.mod])
    }

    /// An event mention row.
    public static func mention(_ m: StoredMention) -> String {
        row(["mention", m.documentID, String(m.ordinal), m.record.id, m.eventID, m.storedKey])
    }

    /// A merged event row.
    public static func event(_ e: MergedEvent) -> String {
        row(["event", e.id, e.record.source.country, e.record.target?.country, e.record.cameo,
             e.record.date, String(e.mentionCount), e.documentIDs.joined(separator: ","),
             e.sources.joined(separator: ",")])
    }
}
