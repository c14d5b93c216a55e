import ChronicleCore

/// The figures of a digest, computed from its events: counts by QuadClass in each direction,
/// monthly series, each side's balance and the most active actors.
///
/// ```swift
/// let summary = DigestSummary(data)
/// summary.directions.first?.counts[.verbalCooperation]   // 19
/// ```
public struct DigestSummary: Sendable {
    /// One direction of a dyad (A toward B), a country's acts (A toward others) or all events.
    public struct Direction: Sendable, Identifiable {
        /// `JPN>PRK`, `JPN>*`, `*>JPN` or `*`.
        public var id: String
        /// The acting side's code (nil for "others" or all).
        public var actor: String?
        /// The receiving side's code (nil for "others" or all).
        public var target: String?
        /// The direction in words (`Japan toward North Korea`).
        public var label: String
        /// Event counts by QuadClass.
        public var counts: [QuadClass: Int]
        /// The CAMEO names of the acts in each QuadClass with their counts, most frequent first.
        public var acts: [QuadClass: [(name: String, count: Int)]]
        /// Events per month (`2018-06`) by QuadClass.
        public var monthly: [String: [QuadClass: Int]]
        /// Goldstein sum per month.
        public var goldsteinSum: [String: Double]
        /// All events of the direction.
        public var total: Int { counts.values.reduce(0, +) }

        /// Mean Goldstein per month (nil for months without events).
        public func goldsteinMean(_ month: String) -> Double? {
            let n = monthly[month]?.values.reduce(0, +) ?? 0
            guard n > 0 else { return nil }
            return (goldsteinSum[month] ?? 0) / Double(n)
        }
    }

    /// An actor that acts often, with its count.
    public struct KeyActor: Sendable, Hashable {
        public var name: String
        public var country: String?
        public var sector: String?
        public var acts: Int
        public var received: Int
    }

    /// The directions, in display order.
    public let directions: [Direction]
    /// Every month from the first to the last event (`YYYY-MM`), without gaps.
    public let months: [String]
    /// The most active actors (at most 12).
    public let keyActors: [KeyActor]

    /// Computes the figures of `data`.
    public init(_ data: DigestData) {
        let sel = data.selection
        var specs: [(String, String?, String?, String, (DigestEvent) -> Bool)] = []
        if let a = sel.country, let b = sel.counterpart {
            specs.append(("\(a)>\(b)", a, b, "\(data.name(of: a)) toward \(data.name(of: b))",
                          { $0.source.country == a && $0.target?.country == b }))
            specs.append(("\(b)>\(a)", b, a, "\(data.name(of: b)) toward \(data.name(of: a))",
                          { $0.source.country == b && $0.target?.country == a }))
        } else if let a = sel.country {
            specs.append(("\(a)>*", a, nil, "\(data.name(of: a)) toward others",
                          { $0.source.country == a }))
            specs.append(("*>\(a)", nil, a, "Others toward \(data.name(of: a))",
                          { $0.source.country != a && $0.target?.country == a }))
        } else {
            specs.append(("*", nil, nil, "All actors", { _ in true }))
        }
        var allMonths = Set<String>()
        var directions = [Direction]()
        for (id, actor, target, label, include) in specs {
            var d = Direction(id: id, actor: actor, target: target, label: label, counts: [:], acts: [:],
                              monthly: [:], goldsteinSum: [:])
            var names = [QuadClass: [String: Int]]()
            for event in data.events where include(event) {
                guard let quad = QuadClass(rawValue: event.quad) else { continue }
                d.counts[quad, default: 0] += 1
                names[quad, default: [:]][event.cameoName, default: 0] += 1
                if let month = Self.month(of: event) {
                    allMonths.insert(month)
                    d.monthly[month, default: [:]][quad, default: 0] += 1
                    d.goldsteinSum[month, default: 0] += event.goldstein
                }
            }
            for (quad, table) in names {
                d.acts[quad] = table.map { (name: $0.key, count: $0.value) }
                    .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
            }
            directions.append(d)
        }
        self.directions = directions
        self.months = Self.continuousMonths(allMonths)
        self.keyActors = Self.keyActors(data.events)
    }

    /// `YYYY-MM` of an event's first day.
    static func month(of event: DigestEvent) -> String? {
        guard let start = event.dateStart else { return nil }
        // `YYYY-MM` written directly for the usual years; the description's prefix otherwise.
        guard (0...9999).contains(start.year), (1...12).contains(start.month) else {
            return String(start.description.prefix(7))
        }
        let y = start.year, m = start.month
        let digits: [UInt8] = [UInt8(48 + y / 1000), UInt8(48 + y / 100 % 10), UInt8(48 + y / 10 % 10), UInt8(48 + y % 10),
                               UInt8(ascii: "-"), UInt8(48 + m / 10), UInt8(48 + m % 10)]
        return String(decoding: digits, as: UTF8.self)
    }

    static func continuousMonths(_ months: Set<String>) -> [String] {
        guard let first = months.min(), let last = months.max(),
              var day = CalendarDay(iso: first + "-01"), let end = CalendarDay(iso: last + "-01") else { return [] }
        var out = [String]()
        while day <= end, out.count < 1200 {
            out.append(String(day.description.prefix(7)))
            day = day.adding(months: 1)
        }
        return out
    }

    static func keyActors(_ events: [DigestEvent]) -> [KeyActor] {
        var table = [String: KeyActor]()
        func key(_ a: ActorRef) -> String { (a.name ?? a.code ?? a.country ?? a.text) + "|" + (a.country ?? "") }
        func display(_ a: ActorRef) -> String { a.name ?? a.text }
        for event in events {
            let k = key(event.source)
            table[k, default: KeyActor(name: display(event.source), country: event.source.country,
                                       sector: event.source.sector, acts: 0, received: 0)].acts += 1
            if let t = event.target {
                let kt = key(t)
                table[kt, default: KeyActor(name: display(t), country: t.country, sector: t.sector,
                                            acts: 0, received: 0)].received += 1
            }
        }
        return table.values.sorted {
            ($0.acts, $0.received, $1.name) > ($1.acts, $1.received, $0.name)
        }.prefix(12).map { $0 }
    }
}
