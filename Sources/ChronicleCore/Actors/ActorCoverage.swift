import Foundation

/// Measures how often the actor resolver finds the countries of gold events: for each gold
/// event, whether mentions inside its evidence (or the evidence's sentences) carry one of the
/// source countries and one of the target countries.
///
/// It reads the development set layout of `eval/`: one folder per document with `article.txt`,
/// `meta.json` (`"date"`, and `"source"`, the publisher) and `events.gold.jsonl` (`"source"`, `"target"`, `"evidence"`).
///
/// ```swift
/// let score = try ActorCoverage.measure(directory: "../shared/eval/dev", resolver: .shipped())
/// print(score.sentenceShare)   // 0.63
/// ```
public struct ActorCoverage: Sendable {
    /// One gold event and what was found for it.
    public struct Item: Sendable {
        public var document: String
        public var id: String
        public var sources: [String]
        public var targets: [String]
        public var evidence: String
        /// Whether the evidence was found in the article.
        public var located: Bool
        public var foundInSpan: Bool
        public var foundInSentence: Bool
        /// The mentions of the evidence's sentences, for reports.
        public var mentions: [ActorMention]
    }

    public var items: [Item]

    /// Gold events counted.
    public var total: Int { items.count }
    /// Share of gold events whose countries were found in the evidence's sentences.
    public var sentenceShare: Double { share(\.foundInSentence) }
    /// Share of gold events whose countries were found inside the evidence span itself.
    public var spanShare: Double { share(\.foundInSpan) }

    private func share(_ key: KeyPath<Item, Bool>) -> Double {
        items.isEmpty ? 0 : Double(items.filter { $0[keyPath: key] }.count) / Double(items.count)
    }

    /// Scores every document folder of `directory`.
    ///
    /// - Throws: ``ActorResourceError`` when the directory cannot be listed or a gold line is
    ///   not JSON (the message names the file and line).
    public static func measure(directory: String, resolver: ActorResolver) throws -> ActorCoverage {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw ActorResourceError(code: "missing-resource", message: "\(directory): cannot list the directory")
        }
        var items: [Item] = []
        for name in names.sorted() {
            let folder = (directory as NSString).appendingPathComponent(name)
            let goldPath = (folder as NSString).appendingPathComponent("events.gold.jsonl")
            guard let articleData = fm.contents(atPath: (folder as NSString).appendingPathComponent("article.txt")),
                  let goldData = fm.contents(atPath: goldPath) else { continue }
            let article = String(decoding: articleData, as: UTF8.self)
            let meta = EvaluationMeta.load(folder: folder)
            let mentions = resolver.resolve(text: article, publicationDate: meta.date,
                                            home: resolver.homeCountry(ofSource: meta.publisher))
            let segmented = SegmentedText(article)
            let sentences = segmented.sentences.map { segmented.scalarRange($0) }
            for (n, line) in String(decoding: goldData, as: UTF8.self).split(separator: "\n").enumerated() {
                guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw ActorResourceError(code: "malformed-row", message: "\(goldPath):\(n + 1): not a JSON object")
                }
                let sources = json["source"] as? [String] ?? []
                let targets = json["target"] as? [String] ?? []
                let evidence = json["evidence"] as? String ?? ""
                var item = Item(document: name, id: json["id"] as? String ?? "\(name):\(n + 1)", sources: sources,
                                targets: targets, evidence: evidence, located: false, foundInSpan: false,
                                foundInSentence: false, mentions: [])
                if let span = locate(evidence, in: article) {
                    let sentenceSpan = sentences.filter { $0.overlaps(span) }
                        .reduce(span) { min($0.lowerBound, $1.lowerBound)..<max($0.upperBound, $1.upperBound) }
                    func inside(_ r: Range<Int>) -> [ActorMention] {
                        mentions.filter { r.contains($0.start) && $0.end <= r.upperBound }
                    }
                    func found(_ ms: [ActorMention]) -> Bool {
                        let countries = ms.compactMap(\.country)
                        return countries.contains(where: sources.contains) && countries.contains(where: targets.contains)
                    }
                    item.located = true
                    item.mentions = inside(sentenceSpan)
                    item.foundInSpan = found(inside(span))
                    item.foundInSentence = found(item.mentions)
                }
                items.append(item)
            }
        }
        return ActorCoverage(items: items)
    }

    /// Finds an evidence fragment in an article, tolerating typographic quotes, dashes, case and
    /// whitespace differences; returns Unicode scalar offsets.
    public static func locate(_ evidence: String, in article: String) -> Range<Int>? {
        guard !evidence.isEmpty else { return nil }
        let (hay, map) = fold(article)
        let (pin, _) = fold(evidence)
        guard !pin.isEmpty, let r = hay.range(of: pin) else { return nil }
        let a = hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.lowerBound)
        let b = hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.upperBound)
        return map[a]..<(map[b - 1] + 1)
    }

    static func fold(_ s: String) -> (String, [Int]) {
        var out = String.UnicodeScalarView()
        var map: [Int] = []
        var lastSpace = false
        for (i, u) in s.unicodeScalars.enumerated() {
            var c = u
            switch u {
            case "\u{2018}", "\u{2019}": c = "'"
            case "\u{201C}", "\u{201D}": c = "\""
            case "\u{2013}", "\u{2014}": c = "-"
            default: break
            }
            if c.properties.isWhitespace {
                if lastSpace { continue }
                lastSpace = true
                c = " "
            } else {
                lastSpace = false
            }
            for l in String(c).lowercased().unicodeScalars {
                out.append(l)
                map.append(i)
            }
        }
        return (String(out), map)
    }
}
