import ChronicleCore

/// When two reports describe the same event.
///
/// GDELT and ICEWS users complain above all about duplicates: one summit, forty rows.
/// Chronicle merges reports into one event with all their mentions and sources. The rule:
///
/// 1. **Same key.** Same CAMEO root, same mode (a meeting that took place and a meeting that
///    was refused are different facts), and same dyad by country. The dyad is *unordered* for
///    symmetric codes — roots `04` (consult: talks, meetings, visits; "Abe visited Seoul", 042,
///    and "Seoul hosted Abe", 043, are one visit), `06` (material cooperation: joint exercises,
///    trade deals, which each side reports with itself as subject) and code `057` (sign a
///    formal agreement) — and *ordered* for every other code, where who acted matters
///    (who threatened, who fired). Reports whose source country is unknown never merge.
/// 2. **Fine dates** (an interval of at most ``fineMaxDays`` days: a day or "October 6–8")
///    are swept in date order; a cluster is anchored on its earliest report and takes every
///    report that starts no later than ``dayWindow`` day after the anchor ends. One day
///    covers a newspaper dated by its publication day reporting the agency wire of the day
///    before, and the date line shift between Pyongyang and Washington. Clusters do not chain:
///    two explicit days more than the window apart are never in one event, so daily shelling
///    on ten days stays ten events.
/// 3. **Medium dates** (up to ``mediumMaxDays`` days: a week, a month, "early June") join the
///    fine cluster that overlaps them with the most reports (ties: the earliest, then the
///    smallest anchor id), so "in June" joins the June 12 summit; with no fine cluster they
///    join an overlapping medium cluster or start one.
/// 4. **Long dates** (a quarter, a year, a decade) are too vague to pin to one meeting: they
///    merge only with reports of exactly the same interval.
/// 5. Reports without a date never merge.
///
/// A merged event takes its fields from its *representative*: the report with the finest
/// date (the shortest interval; then explicit before narrative before publication dates; then
/// the highest confidence; then the smallest id). The merged id is a hash of the key and the
/// cluster's anchor, so the same set of reports always gives the same events, whatever the
/// order in which documents were stored.
public enum MergeRule {
    /// How far (in days) a report may start after a fine cluster's anchor ends.
    public static let dayWindow = 1
    /// The longest interval (days) that counts as a fine date.
    public static let fineMaxDays = 3
    /// The longest interval (days) that counts as a medium date.
    public static let mediumMaxDays = 31
    /// CAMEO roots whose dyad is unordered.
    public static let symmetricRoots: Set<String> = ["04", "06"]
    /// CAMEO codes, outside ``symmetricRoots``, whose dyad is unordered.
    public static let symmetricCodes: Set<String> = ["057"]

    /// Whether the dyad of this event is unordered.
    public static func isSymmetric(_ record: EventRecord) -> Bool {
        symmetricRoots.contains(record.root) || symmetricCodes.contains(record.cameo)
    }

    /// How precise a report's date is.
    public enum Precision: Int, Sendable, Hashable, Codable, Comparable {
        /// No date or no known source country: never merges.
        case isolated = 0
        case fine = 1
        case medium = 2
        case long = 3

        public static func < (l: Precision, r: Precision) -> Bool { l.rawValue < r.rawValue }
    }

    /// The date interval of a report as day numbers, or nil when undated.
    public static func interval(_ record: EventRecord) -> ClosedRange<Int>? {
        guard let start = record.dateStart else { return nil }
        let s = start.dayNumber
        let e = max(s, (record.dateEnd ?? start).dayNumber)
        return s...e
    }

    /// The precision class of a report.
    public static func precision(_ record: EventRecord) -> Precision {
        guard record.source.country != nil, let interval = interval(record) else { return .isolated }
        let days = interval.count
        if days <= fineMaxDays { return .fine }
        if days <= mediumMaxDays { return .medium }
        return .long
    }

    /// The merge key of a report, or nil when it never merges.
    ///
    /// `S|JPN|KOR|04|asserted` for a symmetric code (countries sorted), `D|PRK|USA|13|asserted`
    /// for a directed one (source first). A missing target is written `-`.
    public static func key(_ record: EventRecord) -> String? {
        guard let source = record.source.country else { return nil }
        let target = record.target?.country ?? "-"
        let mode = record.mode.rawValue
        if isSymmetric(record) {
            let (a, b) = source <= target ? (source, target) : (target, source)
            return "S|\(a)|\(b)|\(record.root)|\(mode)"
        }
        return "D|\(source)|\(target)|\(record.root)|\(mode)"
    }

    /// Orders reports by how fine their date is; the first is a merged event's representative.
    static func finer(_ l: StoredMention, _ r: StoredMention) -> Bool {
        let lDays = l.interval?.count ?? Int.max, rDays = r.interval?.count ?? Int.max
        if lDays != rDays { return lDays < rDays }
        let lBasis = basisRank(l.record.dateBasis), rBasis = basisRank(r.record.dateBasis)
        if lBasis != rBasis { return lBasis < rBasis }
        if l.record.confidence != r.record.confidence { return l.record.confidence > r.record.confidence }
        return l.sortKey < r.sortKey
    }

    private static func basisRank(_ basis: DateBasis?) -> Int {
        switch basis {
        case .explicit: return 0
        case .narrative: return 1
        case .publication: return 2
        case nil: return 3
        }
    }
}
