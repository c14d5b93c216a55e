import ChronicleCore

/// The stored facts a digest is written from: merged events with every report of them.
///
/// A store query fills it (see `ChronicleStore`); the renderers only read it. Nothing in a digest
/// is invented: every figure is computed from these events, every sentence filled from them.
public struct DigestData: Sendable, Hashable, Codable {
    /// What was selected.
    public var selection: DigestSelection
    /// When the digest was made (ISO 8601, UTC).
    public var generatedAt: String
    /// The merged events, in date order.
    public var events: [DigestEvent]
    /// Display names for country codes (`JPN` → `Japan`); codes without a name print as codes.
    public var countryNames: [String: String]

    /// Creates digest data.
    public init(selection: DigestSelection, generatedAt: String, events: [DigestEvent],
                countryNames: [String: String] = [:]) {
        self.selection = selection
        self.generatedAt = generatedAt
        self.events = events
        self.countryNames = countryNames
    }

    /// The display name of a country code.
    public func name(of code: String?) -> String {
        guard let code else { return "unknown" }
        return countryNames[code] ?? code
    }

    /// The distinct documents the events draw on.
    public var documentCount: Int { Set(events.flatMap { $0.reports.map(\.documentID) }).count }

    /// The distinct outlets and reporters the events draw on, sorted.
    public var sources: [String] {
        var names = Set<String>()
        for event in events {
            for report in event.reports {
                if let outlet = report.outlet, !outlet.isEmpty { names.insert(outlet) }
                for reporter in report.reportedBy where !reporter.isEmpty { names.insert(reporter) }
            }
        }
        return names.sorted()
    }
}

/// A merged event and its reports.
public struct DigestEvent: Sendable, Hashable, Codable {
    /// The merged event's id.
    public var id: String
    /// The date at the finest granularity any report gave (`2018-06-12`, `2018-06`, or an interval).
    public var date: String?
    /// The first day the date covers.
    public var dateStart: CalendarDay?
    /// The last day the date covers.
    public var dateEnd: CalendarDay?
    /// Who acted.
    public var source: ActorRef
    /// Toward whom.
    public var target: ActorRef?
    /// The CAMEO code.
    public var cameo: String
    /// The CAMEO root.
    public var root: String
    /// QuadClass 1–4.
    public var quad: Int
    /// Goldstein score.
    public var goldstein: Double
    /// PLOVER type.
    public var plover: String?
    /// CAMEO name of the code (`Make a visit`).
    public var cameoName: String
    /// Mode.
    public var mode: EventMode
    /// Every report of the event.
    public var reports: [DigestReport]

    /// Creates a digest event.
    public init(id: String, date: String?, dateStart: CalendarDay?, dateEnd: CalendarDay?, source: ActorRef,
                target: ActorRef?, cameo: String, root: String, quad: Int, goldstein: Double, plover: String?,
                cameoName: String, mode: EventMode, reports: [DigestReport]) {
        self.id = id
        self.date = date
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.source = source
        self.target = target
        self.cameo = cameo
        self.root = root
        self.quad = quad
        self.goldstein = goldstein
        self.plover = plover
        self.cameoName = cameoName
        self.mode = mode
        self.reports = reports
    }
}

/// One report of an event: the document, its evidence sentence and what to highlight in it.
public struct DigestReport: Sendable, Hashable, Codable {
    /// The document id.
    public var documentID: String
    /// The document's title.
    public var title: String?
    /// The document's link.
    public var url: String?
    /// The document's publication date.
    public var publicationDate: CalendarDay?
    /// The outlet that published the document.
    public var outlet: String?
    /// The chain of reporters inside the text (`["KCNA"]`).
    public var reportedBy: [String]
    /// The evidence sentence, as in the document.
    public var evidence: String
    /// Spans of the evidence to highlight, as Unicode scalar offsets into ``evidence``.
    public var highlights: [EvidenceHighlight]

    /// Creates a report.
    public init(documentID: String, title: String?, url: String?, publicationDate: CalendarDay?, outlet: String?,
                reportedBy: [String], evidence: String, highlights: [EvidenceHighlight]) {
        self.documentID = documentID
        self.title = title
        self.url = url
        self.publicationDate = publicationDate
        self.outlet = outlet
        self.reportedBy = reportedBy
        self.evidence = evidence
        self.highlights = highlights
    }
}

/// A part of an evidence sentence that played a role in the event.
public struct EvidenceHighlight: Sendable, Hashable, Codable {
    /// What the span is.
    public enum Role: String, Sendable, Hashable, Codable {
        case source, verb, target, date
    }

    /// The role.
    public var role: Role
    /// Unicode scalar offset of the start, in the evidence sentence.
    public var start: Int
    /// Unicode scalar offset past the end.
    public var end: Int

    /// Creates a highlight.
    public init(role: Role, start: Int, end: Int) {
        self.role = role
        self.start = start
        self.end = end
    }
}
