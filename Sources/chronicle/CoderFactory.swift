import ChronicleCore
import ChronicleStore

/// The coder `chronicle ingest` (and `chronicle serve`'s ingest endpoint) use: Chronicle's
/// event coder, with each event's explanation kept in its record so that stored reports can
/// highlight source, verb, target and date in their evidence.
func makeDocumentCoder() -> any DocumentCoding {
    ExplainingEventCoder(coder: .shipped())
}

/// Wraps ``EventCoder`` as a store ``DocumentCoding``.
struct ExplainingEventCoder: DocumentCoding {
    let coder: EventCoder

    var version: String { coder.version }

    func code(_ document: Document) throws -> CodedDocument {
        var (coded, explanations) = coder.codeExplained(document)
        var byID = [String: EventExplanation]()
        for explanation in explanations { byID[explanation.event] = explanation }
        for k in coded.events.indices {
            coded.events[k].explanation = byID[coded.events[k].id]
        }
        return coded
    }
}
