import ChronicleCore
import ChronicleStore
import Testing

@Suite("Merging reports of the same event")
struct MergeRuleTests {
    typealias F = Fixtures

    private func clusters(_ mentions: [StoredMention]) -> [[String]] {
        let plan = EventClusterer.cluster(mentions)
        var groups: [String: [String]] = [:]
        for m in mentions { groups[plan.assignments[m.rowKey]!, default: []].append(m.record.id) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test("One summit: a day from one outlet and the month from another merge; the finest date wins")
    func summitDayAndMonth() {
        let wire = F.mention(F.event("a", doc: "wire", "USA", "PRK", "040", "2018-06-12"), outlet: "Yonhap")
        let paper = F.mention(F.event("b", doc: "paper", "PRK", "USA", "040", "2018-06", basis: .narrative,
                                      reportedBy: ["KCNA"]), outlet: "Rodong Sinmun")
        let plan = EventClusterer.cluster([paper, wire])
        #expect(plan.events.count == 1)
        let event = plan.events[0]
        #expect(event.mentionCount == 2)
        #expect(event.record.date == "2018-06-12")
        #expect(event.record.dateStart == CalendarDay(iso: "2018-06-12"))
        #expect(event.documentIDs == ["paper", "wire"])
        #expect(event.sources == ["KCNA", "Rodong Sinmun", "Yonhap"])
        #expect(event.symmetric)
    }

    @Test("Two meetings a week apart stay two events")
    func differentMeetings() {
        let first = F.mention(F.event("a", doc: "x", "USA", "PRK", "040", "2018-06-12"))
        let second = F.mention(F.event("b", doc: "y", "USA", "PRK", "040", "2018-06-19"))
        #expect(clusters([first, second]) == [["a"], ["b"]])
    }

    @Test("A newspaper dated the day after the wire merges; two days apart does not")
    func dayWindow() {
        let wire = F.mention(F.event("a", doc: "x", "JPN", "KOR", "042", "2018-05-09"))
        let nextDay = F.mention(F.event("b", doc: "y", "JPN", "KOR", "042", "2018-05-10", basis: .publication))
        let twoDays = F.mention(F.event("c", doc: "z", "JPN", "KOR", "042", "2018-05-11"))
        #expect(clusters([wire, nextDay, twoDays]) == [["a", "b"], ["c"]])
    }

    @Test("Clusters do not chain: shelling on five consecutive days is not one event")
    func noChaining() {
        let days = (1...5).map { d in
            F.mention(F.event("s\(d)", doc: "d\(d)", "PRK", "KOR", "190", "2018-03-0\(d)"))
        }
        let groups = clusters(days)
        #expect(groups == [["s1", "s2"], ["s3", "s4"], ["s5"]])
        for group in groups {
            let members = days.filter { group.contains($0.record.id) }.map { $0.interval!.lowerBound }
            #expect(members.max()! - members.min()! <= MergeRule.dayWindow)
        }
    }

    @Test("Symmetric codes ignore the order of the dyad; directed codes do not")
    func symmetricAndDirected() {
        // A visit (042) and the hosting of it (043) are one consultation (root 04).
        let visit = F.mention(F.event("a", doc: "x", "JPN", "KOR", "042", "2018-06-20"))
        let host = F.mention(F.event("b", doc: "y", "KOR", "JPN", "043", "2018-06-20"))
        #expect(clusters([visit, host]) == [["a", "b"]])
        // A threat is directed: Japan threatening Korea is not Korea threatening Japan.
        let threat = F.mention(F.event("c", doc: "x", "JPN", "KOR", "130", "2018-06-20"))
        let counterThreat = F.mention(F.event("d", doc: "y", "KOR", "JPN", "130", "2018-06-20"))
        #expect(clusters([threat, counterThreat]) == [["c"], ["d"]])
        // Signing an agreement (057) is symmetric although root 05 is not.
        let signA = F.mention(F.event("e", doc: "x", "JPN", "KOR", "057", "2018-06-20"))
        let signB = F.mention(F.event("f", doc: "y", "KOR", "JPN", "057", "2018-06-21"))
        #expect(clusters([signA, signB]) == [["e", "f"]])
    }

    @Test("Different roots, modes or dyads never merge")
    func keyDifferences() {
        let met = F.mention(F.event("a", doc: "x", "USA", "PRK", "040", "2018-06-12"))
        let refused = F.mention(F.event("b", doc: "y", "USA", "PRK", "040", "2018-06-12", mode: .negated))
        let criticized = F.mention(F.event("c", doc: "z", "USA", "PRK", "112", "2018-06-12"))
        let otherDyad = F.mention(F.event("d", doc: "w", "USA", "CHN", "040", "2018-06-12"))
        #expect(clusters([met, refused, criticized, otherDyad]) == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test("A month report joins the busiest meeting of that month; years only match years")
    func coarseDates() {
        let early = F.mention(F.event("a", doc: "x", "USA", "PRK", "040", "2018-06-03"))
        let summit1 = F.mention(F.event("b", doc: "y", "USA", "PRK", "040", "2018-06-12"))
        let summit2 = F.mention(F.event("c", doc: "z", "PRK", "USA", "040", "2018-06-12"))
        let june = F.mention(F.event("d", doc: "w", "USA", "PRK", "040", "2018-06"))
        let year = F.mention(F.event("e", doc: "v", "USA", "PRK", "040", "2018"))
        let sameYear = F.mention(F.event("f", doc: "u", "PRK", "USA", "040", "2018"))
        let july = F.mention(F.event("g", doc: "t", "USA", "PRK", "040", "2018-07"))
        #expect(clusters([early, summit1, summit2, june, year, sameYear, july])
                == [["a"], ["b", "c", "d"], ["e", "f"], ["g"]])
    }

    @Test("Undated reports and reports without a source country never merge")
    func isolated() {
        let undatedA = F.mention(F.event("a", doc: "x", "USA", "PRK", "040", nil))
        let undatedB = F.mention(F.event("b", doc: "y", "USA", "PRK", "040", nil))
        let unknownA = F.mention(F.event("c", doc: "x", nil, "PRK", "040", "2018-06-12"), ordinal: 1)
        let unknownB = F.mention(F.event("d", doc: "y", nil, "PRK", "040", "2018-06-12"), ordinal: 1)
        #expect(clusters([undatedA, undatedB, unknownA, unknownB]) == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test("The result does not depend on the order of the reports")
    func orderIndependence() {
        var mentions: [StoredMention] = []
        let days = ["2018-06-11", "2018-06-12", "2018-06-12", "2018-06-13", "2018-06-15", "2018-06", "2018-06-16",
                    "2018", "2018-06-14/2018-06-16", "2018-05-31"]
        for (i, day) in days.enumerated() {
            let (s, t) = i % 2 == 0 ? ("USA", "PRK") : ("PRK", "USA")
            mentions.append(F.mention(F.event("m\(i)", doc: "doc\(i % 4)", s, t, "040", day), ordinal: i))
        }
        let reference = EventClusterer.cluster(mentions)
        var generator = SplitMix(seed: 42)
        for _ in 0..<20 {
            let shuffled = mentions.shuffled(using: &generator)
            let plan = EventClusterer.cluster(shuffled)
            #expect(plan.events == reference.events)
            #expect(plan.assignments == reference.assignments)
        }
    }
}

/// A seeded generator, so that shuffles are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
