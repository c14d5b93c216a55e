import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle eval events`: event precision, recall and F1 against gold events.
    struct EvalEvents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Score coded events against gold events (DESIGN.md, \"Gold files\").",
            discussion: """
                Either one article with its gold file and date:
                  $ chronicle eval events --gold events.gold.jsonl --date 2018-06-12 article.txt
                or a directory of folders, each with article.txt, meta.json ({"date": ...}) and
                events.gold.jsonl, scored and pooled:
                  $ chronicle eval events ../shared/eval/dev --verbose
                """
        )

        @Argument(help: "An article (with --gold) or a directory of evaluation folders.")
        var input: String

        @Option(help: "Gold events (JSON Lines) for a single article.")
        var gold: String?

        @Option(help: "Publication date (YYYY-MM-DD) of a single article.")
        var date: String?

        @Flag(help: "List the missed gold events and the false system events.")
        var verbose = false

        func run() async throws {
            let coder = EventCoder.shipped()
            var cases: [(String, Document, [GoldEvent])] = []
            do {
                if let gold {
                    let text = try readPlainText(input)
                    let events = try GoldEvent.load(jsonLines: try readPlainText(gold), file: gold)
                    let id = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
                    cases.append((id, Document(id: id, text: text, publicationDate: date.flatMap { CalendarDay(iso: $0) }), events))
                } else {
                    let root = URL(fileURLWithPath: input)
                    let folders = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
                    for name in folders {
                        let dir = root.appendingPathComponent(name)
                        let article = dir.appendingPathComponent("article.txt").path
                        let goldPath = dir.appendingPathComponent("events.gold.jsonl").path
                        guard FileManager.default.fileExists(atPath: article), FileManager.default.fileExists(atPath: goldPath) else { continue }
                        var day: CalendarDay?
                        if let meta = FileManager.default.contents(atPath: dir.appendingPathComponent("meta.json").path),
                           let obj = try? JSONSerialization.jsonObject(with: meta) as? [String: Any], let d = obj["date"] as? String {
                            day = CalendarDay(iso: d)
                        }
                        let events = try GoldEvent.load(jsonLines: try readPlainText(goldPath), file: goldPath)
                        cases.append((name, Document(id: name, text: try readPlainText(article), publicationDate: day), events))
                    }
                    if cases.isEmpty {
                        printError("\(input): no folders with article.txt and events.gold.jsonl")
                        throw ExitCode(1)
                    }
                }
            } catch let e as ExitCode {
                throw e
            } catch {
                printError("\(input): \(error)")
                throw ExitCode(1)
            }
            var parts: [EventEvaluation] = []
            for (name, doc, gold) in cases {
                let coded = coder.code(doc)
                let score = EventEvaluation.score(system: coded.events, gold: gold)
                parts.append(score)
                print("\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) system \(score.scored.count)  matched \(score.truePositives)  required \(score.requiredMatched)/\(score.requiredCount)")
                if verbose {
                    for g in score.misses {
                        print("    MISS  \(g.id) \(g.source.joined(separator: "|"))>\(g.target.joined(separator: "|")) roots \(g.roots.joined(separator: ",")) \(g.date)  \(g.evidence?.prefix(90) ?? "")")
                    }
                    for e in score.falseEvents {
                        print("    FALSE \(e.source.country ?? "?")>\(e.target?.country ?? "?") \(e.cameo) \(e.date ?? "-") \(e.mode.rawValue)  \(e.source.text) / \(e.target?.text ?? "") | \(e.text.replacingOccurrences(of: "\n", with: " ").prefix(100))")
                    }
                }
            }
            let pooled = EventEvaluation.pooled(parts)
            let p = pooled.system == 0 ? 0 : Double(pooled.tp) / Double(pooled.system)
            let r = pooled.required == 0 ? 0 : Double(pooled.requiredMatched) / Double(pooled.required)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            print(String(format: "pooled: precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f",
                         p, pooled.tp, pooled.system, r, pooled.requiredMatched, pooled.required, f))
        }
    }
}
