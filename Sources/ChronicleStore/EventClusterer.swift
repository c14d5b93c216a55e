import ChronicleCore

/// The result of clustering reports: merged events and which event each report belongs to.
public struct MergePlan: Sendable {
    /// The merged events, ordered by id.
    public var events: [MergedEvent]
    /// For every report clustered, the id of its merged event.
    public var assignments: [MentionRowKey: String]
}

/// Clusters reports into merged events by ``MergeRule``.
///
/// The result depends only on the set of reports given, never on their order. The store
/// calls it on a *region*: every report connected, through overlapping date windows of the
/// same key, to the reports a document added or removed (``MergeRegionBuilder``). Regions are
/// unions of whole components, so clustering a region gives the same events as clustering
/// the whole database.
///
/// ```swift
/// let plan = EventClusterer.cluster(mentions)
/// plan.events.count   // merged events
/// ```
public enum EventClusterer {
    private struct Cluster {
        var key: String
        var anchor: StoredMention
        var members: [StoredMention]

        init(key: String, anchor: StoredMention) {
            self.key = key
            self.anchor = anchor
            self.members = [anchor]
        }

        var anchorInterval: ClosedRange<Int> { anchor.interval! }
    }

    /// Clusters reports (of any keys) into merged events.
    public static func cluster(_ mentions: [StoredMention]) -> MergePlan {
        var clusters: [Cluster] = []
        var byKey: [String: [StoredMention]] = [:]
        for mention in mentions {
            if let key = mention.mergeKey {
                byKey[key, default: []].append(mention)
            } else {
                clusters.append(Cluster(key: mention.storedKey, anchor: mention))
            }
        }
        for key in byKey.keys.sorted() {
            clusters += clusterKey(key, byKey[key]!)
        }
        var plan = MergePlan(events: [], assignments: [:])
        for cluster in clusters {
            let event = mergedEvent(cluster)
            plan.events.append(event)
            for member in cluster.members { plan.assignments[member.rowKey] = event.id }
        }
        plan.events.sort { $0.id < $1.id }
        return plan
    }

    private static func clusterKey(_ key: String, _ mentions: [StoredMention]) -> [Cluster] {
        let window = MergeRule.dayWindow
        // Fine dates: a sweep in date order, clusters anchored on their earliest report.
        let fine = mentions.filter { $0.precision == .fine }.sorted { l, r in
            let li = l.interval!, ri = r.interval!
            if li.lowerBound != ri.lowerBound { return li.lowerBound < ri.lowerBound }
            if li.upperBound != ri.upperBound { return li.upperBound < ri.upperBound }
            return l.sortKey < r.sortKey
        }
        var anchored: [Cluster] = []
        for mention in fine {
            if let last = anchored.last,
               mention.interval!.lowerBound <= last.anchorInterval.upperBound + window {
                anchored[anchored.count - 1].members.append(mention)
            } else {
                anchored.append(Cluster(key: key, anchor: mention))
            }
        }
        let fineCount = anchored.count

        // Medium dates: the busiest overlapping fine cluster, else a medium one, else a new one.
        let medium = mentions.filter { $0.precision == .medium }.sorted { l, r in
            let li = l.interval!, ri = r.interval!
            if li.count != ri.count { return li.count < ri.count }
            if li.lowerBound != ri.lowerBound { return li.lowerBound < ri.lowerBound }
            return l.sortKey < r.sortKey
        }
        for mention in medium {
            let interval = mention.interval!
            if let index = best(in: anchored, range: 0..<fineCount, overlapping: interval)
                ?? best(in: anchored, range: fineCount..<anchored.count, overlapping: interval) {
                anchored[index].members.append(mention)
            } else {
                anchored.append(Cluster(key: key, anchor: mention))
            }
        }

        // Long dates: only the very same interval.
        var long: [ClosedRange<Int>: Int] = [:]
        let longMentions = mentions.filter { $0.precision == .long }.sorted { l, r in
            let li = l.interval!, ri = r.interval!
            if li.lowerBound != ri.lowerBound { return li.lowerBound < ri.lowerBound }
            if li.upperBound != ri.upperBound { return li.upperBound < ri.upperBound }
            return l.sortKey < r.sortKey
        }
        for mention in longMentions {
            if let index = long[mention.interval!] {
                anchored[index].members.append(mention)
            } else {
                long[mention.interval!] = anchored.count
                anchored.append(Cluster(key: key, anchor: mention))
            }
        }
        return anchored
    }

    private static func best(in clusters: [Cluster], range: Range<Int>,
                             overlapping interval: ClosedRange<Int>) -> Int? {
        var best: Int?
        for index in range where clusters[index].anchorInterval.overlaps(interval) {
            guard let current = best else {
                best = index
                continue
            }
            let c = clusters[index], b = clusters[current]
            if c.members.count != b.members.count {
                if c.members.count > b.members.count { best = index }
            } else if c.anchorInterval.lowerBound != b.anchorInterval.lowerBound {
                if c.anchorInterval.lowerBound < b.anchorInterval.lowerBound { best = index }
            } else if c.anchor.sortKey < b.anchor.sortKey {
                best = index
            }
        }
        return best
    }

    private static func mergedEvent(_ cluster: Cluster) -> MergedEvent {
        let representative = cluster.members.min(by: MergeRule.finer)!
        let anchor = cluster.anchor
        let id = "ev-" + String(SHA256.hex(Array(
            "\(cluster.key)\n\(anchor.documentID)\n\(anchor.ordinal)\n\(anchor.record.id)".utf8)).prefix(24))
        var record = representative.record
        record.id = id
        var sources = Set<String>()
        for member in cluster.members {
            if let source = member.documentSource, !source.isEmpty { sources.insert(source) }
            for name in member.record.reportedBy where !name.isEmpty { sources.insert(name) }
        }
        return MergedEvent(
            id: id, record: record, symmetric: MergeRule.isSymmetric(record),
            mentionCount: cluster.members.count,
            documentIDs: Set(cluster.members.map(\.documentID)).sorted(),
            sources: sources.sorted())
    }
}
