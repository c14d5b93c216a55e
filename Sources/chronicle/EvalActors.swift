import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle eval actors DIR`: how often the resolver finds the countries of gold events.
    struct EvalActors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "Share of gold events whose source and target countries the actor resolver finds.",
            discussion: """
                DIR holds one folder per document with article.txt, meta.json ("date") and
                events.gold.jsonl (each event with "source" and "target" ISO3 lists and an
                "evidence" fragment). For each gold event the evidence is located in the article,
                the article is resolved once, and the event counts as found when a mention inside
                the evidence's sentence(s) has one of the source countries and another has one of
                the target countries. The evidence span alone is scored too.

                  $ chronicle eval actors ../shared/eval/dev --verbose
                """)

        @Argument(help: "A directory of document folders (article.txt, meta.json, events.gold.jsonl).")
        var directory: String

        @Flag(help: "List every gold event that is missed.")
        var verbose = false

        func run() async throws {
            let fm = FileManager.default
            guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
                throw ValidationError("\(directory): cannot list the directory")
            }
            let resolver = try ActorResolver.shipped()
            var total = 0, located = 0, foundSentence = 0, foundSpan = 0
            var lines: [String] = []
            for name in names.sorted() {
                let folder = (directory as NSString).appendingPathComponent(name)
                let articlePath = (folder as NSString).appendingPathComponent("article.txt")
                let goldPath = (folder as NSString).appendingPathComponent("events.gold.jsonl")
                guard let articleData = fm.contents(atPath: articlePath), let goldData = fm.contents(atPath: goldPath) else {
                    continue
                }
                let article = String(decoding: articleData, as: UTF8.self)
                let document = try PlainTextInput.file(articlePath)
                let mentions = resolver.resolve(document)
                let sentences = SegmentedText(article).sentences.map { SegmentedText(article).scalarRange($0) }
                var docTotal = 0, docFound = 0
                for (lineNumber, line) in String(decoding: goldData, as: UTF8.self).split(separator: "\n").enumerated() {
                    guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                        throw ValidationError("\(goldPath):\(lineNumber + 1): not a JSON object")
                    }
                    let sources = Set(json["source"] as? [String] ?? [])
                    let targets = Set(json["target"] as? [String] ?? [])
                    let evidence = json["evidence"] as? String ?? ""
                    total += 1
                    docTotal += 1
                    guard let span = EvidenceLocator.locate(evidence, in: article) else {
                        lines.append("\(name) \(json["id"] ?? "?"): evidence not found in the article")
                        continue
                    }
                    located += 1
                    let sentenceSpan = sentences.filter { $0.overlaps(span) }
                        .reduce(span) { min($0.lowerBound, $1.lowerBound)..<max($0.upperBound, $1.upperBound) }
                    func found(in range: Range<Int>) -> Bool {
                        let inside = mentions.filter { range.contains($0.start) && $0.end <= range.upperBound }
                        let countries = inside.compactMap(\.country)
                        return countries.contains(where: sources.contains) && countries.contains(where: targets.contains)
                    }
                    if found(in: span) { foundSpan += 1 }
                    if found(in: sentenceSpan) {
                        foundSentence += 1
                        docFound += 1
                    } else if verbose {
                        let inside = mentions.filter { sentenceSpan.contains($0.start) }
                            .map { "\($0.text)=\($0.code ?? "-")" }.joined(separator: ", ")
                        lines.append("\(name) \(json["id"] ?? "?") \(sources.sorted())→\(targets.sorted()): \(evidence.prefix(70)) | [\(inside)]")
                    }
                }
                lines.append("\(name): \(docFound)/\(docTotal)")
            }
            func pct(_ n: Int) -> String { total == 0 ? "-" : String(format: "%.1f%%", 100 * Double(n) / Double(total)) }
            lines.append("gold events: \(total), evidence located: \(located)")
            lines.append("source and target found in the evidence sentence: \(foundSentence) (\(pct(foundSentence)))")
            lines.append("source and target found in the evidence span: \(foundSpan) (\(pct(foundSpan)))")
            print(lines.joined(separator: "\n"))
        }
    }
}

/// Finds a gold evidence fragment in an article, tolerating typographic quotes, dashes and
/// whitespace differences; returns Unicode scalar offsets.
enum EvidenceLocator {
    static func locate(_ evidence: String, in article: String) -> Range<Int>? {
        guard !evidence.isEmpty else { return nil }
        let (hay, hayMap) = fold(article)
        let (pin, _) = fold(evidence)
        guard !pin.isEmpty, let r = hay.range(of: pin) else { return nil }
        let a = hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.lowerBound)
        let b = hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.upperBound)
        return hayMap[a]..<(hayMap[b - 1] + 1)
    }

    /// Lower-cased text with quotes and dashes made plain and whitespace runs collapsed, with
    /// the original scalar offset of every folded scalar.
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
