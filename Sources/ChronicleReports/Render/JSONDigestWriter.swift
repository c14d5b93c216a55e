import ChronicleCore
import Foundation

/// Writes a digest as JSON: the same content as the HTML page, as data.
struct JSONDigestWriter {
    let digest: ComposedDigest

    init(_ digest: ComposedDigest) {
        self.digest = digest
    }

    struct Output: Encodable {
        var schema = 1
        var selection: DigestSelection
        var title: String
        var generatedAt: String
        var documents: Int
        var eventCount: Int
        var sources: [String]
        var directions: [DirectionOutput]
        var keyActors: [ActorOutput]
        var events: [DigestEvent]

        enum CodingKeys: String, CodingKey {
            case schema, selection, title, sources, directions, events
            case generatedAt = "generated_at"
            case documents = "document_count"
            case eventCount = "event_count"
            case keyActors = "key_actors"
        }
    }

    struct DirectionOutput: Encodable {
        var id: String
        var label: String
        var actor: String?
        var target: String?
        var counts: [String: Int]
        var balance: [String]
        var monthly: [MonthOutput]
    }

    struct MonthOutput: Encodable {
        var month: String
        var counts: [String: Int]
        var goldsteinSum: Double
        var goldsteinMean: Double?

        enum CodingKeys: String, CodingKey {
            case month, counts
            case goldsteinSum = "goldstein_sum"
            case goldsteinMean = "goldstein_mean"
        }
    }

    struct ActorOutput: Encodable {
        var name: String
        var country: String?
        var sector: String?
        var acts: Int
        var targeted: Int
    }

    func write() -> String {
        func counts(_ table: [QuadClass: Int]?) -> [String: Int] {
            var out = [String: Int]()
            for q in QuadClass.allCases { out[q.name.replacingOccurrences(of: " ", with: "_")] = table?[q] ?? 0 }
            return out
        }
        let directions = digest.summary.directions.map { d in
            DirectionOutput(id: d.id, label: d.label, actor: d.actor, target: d.target, counts: counts(d.counts),
                            balance: digest.balance[d.id] ?? [],
                            monthly: digest.summary.months.map { m in
                                MonthOutput(month: m, counts: counts(d.monthly[m]),
                                            goldsteinSum: (d.goldsteinSum[m] ?? 0), goldsteinMean: d.goldsteinMean(m))
                            })
        }
        let output = Output(selection: digest.data.selection, title: digest.title, generatedAt: digest.data.generatedAt,
                            documents: digest.data.documentCount, eventCount: digest.data.events.count,
                            sources: digest.data.sources, directions: directions,
                            keyActors: digest.summary.keyActors.map {
                                ActorOutput(name: $0.name, country: $0.country, sector: $0.sector, acts: $0.acts,
                                            targeted: $0.received)
                            },
                            events: digest.data.events)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
