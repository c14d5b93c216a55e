import ChronicleCore

/// A digest's content assembled once for every writer: data, figures and balance sentences.
struct ComposedDigest {
    let data: DigestData
    let summary: DigestSummary
    /// For each direction, its balance sentences.
    let balance: [String: [String]]

    init(_ data: DigestData, narrative: BalanceNarrative) {
        self.data = data
        let summary = DigestSummary(data)
        self.summary = summary
        var balance = [String: [String]]()
        for d in summary.directions {
            let actor = d.actor.map { data.name(of: $0) } ?? "Others"
            let target = d.target.map { data.name(of: $0) } ?? "others"
            balance[d.id] = d.id == "*" ? [] : narrative.sentences(for: d, actor: actor, target: target)
        }
        self.balance = balance
    }

    /// The document title.
    var title: String {
        let s = data.selection
        if let a = s.country, let b = s.counterpart { return "\(data.name(of: a)) – \(data.name(of: b))" }
        if let a = s.country { return data.name(of: a) }
        if let q = s.query { return "“\(q)”" }
        return "All events"
    }

    /// The selection in words, for the header.
    var selectionLines: [(String, String)] {
        let s = data.selection
        var lines = [(String, String)]()
        if let a = s.country, let b = s.counterpart {
            lines.append(("Dyad", "\(data.name(of: a)) (\(a)) and \(data.name(of: b)) (\(b))"))
        } else if let a = s.country {
            lines.append(("Country", "\(data.name(of: a)) (\(a))"))
        }
        if let q = s.query { lines.append(("Full-text query", q)) }
        lines.append(("Period", s.periodDescription))
        var filters = [String]()
        if let root = s.root { filters.append("CAMEO root \(root)") }
        if let mode = s.mode { filters.append("mode \(mode.rawValue)") }
        if !filters.isEmpty { lines.append(("Filters", filters.joined(separator: ", "))) }
        lines.append(("Made", data.generatedAt))
        lines.append(("Draws on", "\(data.documentCount) \(data.documentCount == 1 ? "document" : "documents"), "
                      + "\(data.events.count) \(data.events.count == 1 ? "event" : "events"), "
                      + "\(data.sources.count) \(data.sources.count == 1 ? "source" : "sources")"))
        return lines
    }

    /// A CAMEO name without the codebook's residual-category wording
    /// (`Consult, not specified below` → `Consult`).
    static func plainActName(_ name: String) -> String {
        for suffix in [", not specified below", " not specified below", ", not specified"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The mode in plain words; nil for asserted events.
    static func modeDescription(_ mode: EventMode) -> String? {
        switch mode {
        case .asserted: nil
        case .intended: "intended, not yet carried out"
        case .conditional: "conditional: only if a condition is met"
        case .negated: "did not happen (negated)"
        case .hypothetical: "hypothetical"
        case .future: "announced for the future"
        }
    }

    /// An actor in words: `Taro Kono (JPN, GOV)`.
    func actorLabel(_ a: ActorRef?) -> String {
        guard let a else { return "—" }
        let name = a.name ?? a.text
        var tags = [String]()
        if let c = a.country { tags.append(c) }
        if let s = a.sector { tags.append(s) }
        return tags.isEmpty ? name : "\(name) (\(tags.joined(separator: ", ")))"
    }

    /// The evidence split into plain and highlighted pieces.
    static func evidencePieces(_ report: DigestReport) -> [(String, EvidenceHighlight.Role?)] {
        let scalars = Array(report.evidence.unicodeScalars)
        var pieces = [(String, EvidenceHighlight.Role?)]()
        var cursor = 0
        let spans = report.highlights
            .filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        func text(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return String(s)
        }
        for span in spans where span.start >= cursor {
            if span.start > cursor { pieces.append((text(cursor, span.start), nil)) }
            pieces.append((text(span.start, span.end), span.role))
            cursor = span.end
        }
        if cursor < scalars.count { pieces.append((text(cursor, scalars.count), nil)) }
        return pieces
    }
}
