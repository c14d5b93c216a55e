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
                or a directory of folders, each with article.txt, meta.json ({"date", "source",
                "url"}: the publication date, the publisher and the address) and
                events.gold.jsonl, scored and pooled:
                  $ chronicle eval events ../shared/eval/dev --verbose
                """
        )

        @Argument(help: "Articles (with --gold), or one directory of evaluation folders.")
        var inputs: [String]

        @Option(help: "Gold events (JSON Lines); events with a `doc` field go to that document.")
        var gold: String?

        @Option(help: "Publication date (YYYY-MM-DD) for the articles.")
        var date: String?

        @Flag(help: "List the missed gold events and the false system events.")
        var verbose = false

        func run() async throws {
            let coder = EventCoder.shipped()
            var cases: [(String, Document, [GoldEvent])] = []
            do {
                if let gold {
                    let events = try GoldEvent.load(jsonLines: try readPlainText(gold), file: gold)
                    let reader = DocumentReader(options: ReadOptions(dateOverride: date.flatMap { CalendarDay(iso: $0) }))
                    for result in reader.documents(from: inputs) {
                        switch result {
                        case .success(let doc):
                            let mine = events.filter { $0.belongs(to: doc) }
                            if mine.isEmpty && events.contains(where: { $0.doc != nil }) { continue }
                            cases.append((doc.id, doc, mine))
                        case .failure(let error):
                            printError("\(error)")
                        }
                    }
                } else {
                    guard inputs.count == 1 else {
                        printError("give --gold FILE with articles, or a single directory of evaluation folders")
                        throw ExitCode(1)
                    }
                    let input = inputs[0]
                    let root = URL(fileURLWithPath: input)
                    let folders = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
                    for name in folders {
                        let dir = root.appendingPathComponent(name)
                        let article = dir.appendingPathComponent("article.txt").path
                        let goldPath = dir.appendingPathComponent("events.gold.jsonl").path
                        guard FileManager.default.fileExists(atPath: article), FileManager.default.fileExists(atPath: goldPath) else { continue }
                        let meta = EvaluationMeta.load(folder: dir.path)
                        let events = try GoldEvent.load(jsonLines: try readPlainText(goldPath), file: goldPath)
                        // Read as `chronicle code` reads a file (title and dateline detected), dated by meta.json.
                        let reader = DocumentReader(options: ReadOptions(dateOverride: meta.date))
                        guard case .success(var doc)? = reader.documents(from: [article]).first(where: { _ in true }) else {
                            printError("\(article): cannot read")
                            continue
                        }
                        doc.id = name
                        // The publisher and address, as a feed or JSON Lines record would give them.
                        doc.source = doc.source ?? meta.publisher
                        doc.url = doc.url ?? meta.url
                        cases.append((name, doc, events))
                    }
                }
                if cases.isEmpty {
                    printError("\(inputs.joined(separator: " ")): nothing to score (no articles with gold events)")
                    throw ExitCode(1)
                }
            } catch let e as ExitCode {
                throw e
            } catch {
                printError("\(inputs.joined(separator: " ")): \(error)")
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
