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
                DIR holds one folder per document with article.txt, meta.json ("date", "source") and \
                events.gold.jsonl (each event with "source" and "target" ISO3 lists and an \
                "evidence" fragment). For each gold event the evidence is located in the article, \
                the article is resolved once, and the event counts as found when a mention inside \
                the evidence's sentence(s) has one of the source countries and another has one of \
                the target countries. The evidence span alone is scored too.

                  $ chronicle eval actors ../shared/eval/dev --verbose
                """)

        @Argument(help: "A directory of document folders (article.txt, meta.json, events.gold.jsonl).")
        var directory: String

        @Flag(help: "List every gold event that is missed.")
        var verbose = false

        func run() async throws {
            let coverage: ActorCoverage
            do {
                coverage = try ActorCoverage.measure(directory: directory, resolver: try ActorResolver.shipped())
            } catch {
                throw ValidationError("\(error)")
            }
            var lines: [String] = []
            var byDocument: [(String, Int, Int)] = []
            for item in coverage.items {
                if byDocument.last?.0 != item.document { byDocument.append((item.document, 0, 0)) }
                byDocument[byDocument.count - 1].2 += 1
                if item.foundInSentence { byDocument[byDocument.count - 1].1 += 1 }
                guard verbose, !item.foundInSentence else { continue }
                if !item.located {
                    lines.append("\(item.id): evidence not found in the article")
                } else {
                    let found = item.mentions.map { "\($0.text)=\($0.code ?? "-")" }.joined(separator: ", ")
                    lines.append("\(item.id) \(item.sources)→\(item.targets): \(item.evidence.prefix(70)) | [\(found)]")
                }
            }
            for (doc, found, total) in byDocument { lines.append("\(doc): \(found)/\(total)") }
            let located = coverage.items.filter(\.located).count
            lines.append("gold events: \(coverage.total), evidence located: \(located)")
            lines.append(String(format: "source and target found in the evidence sentence: %d (%.1f%%)",
                                coverage.items.filter(\.foundInSentence).count, 100 * coverage.sentenceShare))
            lines.append(String(format: "source and target found in the evidence span: %d (%.1f%%)",
                                coverage.items.filter(\.foundInSpan).count, 100 * coverage.spanShare))
            print(lines.joined(separator: "\n"))
        }
    }
}
