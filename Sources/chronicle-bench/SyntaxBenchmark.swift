import ChronicleCore
import Foundation

/// `chronicle-bench syntax`: tokens per second for tagging and for tagging plus parsing (with
/// lemmas), on one core and on all cores, with the model load time and the peak memory.
///
/// Input: the words of a CoNLL-U file (`--conllu FILE`, by default the EWT dev set beside the
/// repository) or the articles of a directory segmented by UD conventions (`--demo DIR`),
/// repeated until there are at least `--tokens N` tokens (default 300,000). `--parser FILE`
/// measures another parser model than the shipped one, `--tagger FILE` another tagger model,
/// `--beam K` another beam width, `--tagger-beam K` another beam width for the tagger.
enum SyntaxBenchmark {
    static func main(_ arguments: [String]) {
        var conllu = "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
        var demo: String?
        var minimumTokens = 300_000
        var runs = 3
        var parserPath: String?
        var taggerPath: String?
        var beam: Int?
        var taggerBeam: Int?
        var i = 0
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--conllu": conllu = value; i += 1
            case "--demo": demo = value; i += 1
            case "--tokens": minimumTokens = Int(value) ?? minimumTokens; i += 1
            case "--runs": runs = Int(value) ?? runs; i += 1
            case "--parser": parserPath = value; i += 1
            case "--tagger": taggerPath = value; i += 1
            case "--beam": beam = Int(value); i += 1
            case "--tagger-beam": taggerBeam = Int(value); i += 1
            default: break
            }
            i += 1
        }

        let loadStart = DispatchTime.now().uptimeNanoseconds
        let syntax: SyntaxParser
        do {
            let shipped = try SyntaxParser.shipped()
            var parser = try parserPath.map { try DependencyParser(contentsOf: URL(fileURLWithPath: $0)) } ?? shipped.parser
            if let beam { parser = parser.withBeamWidth(beam) }
            var tagger = try taggerPath.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? shipped.tagger
            if let taggerBeam { tagger = tagger.withBeamWidth(taggerBeam) }
            syntax = parserPath == nil && beam == nil && taggerPath == nil && taggerBeam == nil ? shipped
                : SyntaxParser(tagger: tagger, parser: parser, lemmatizer: shipped.lemmatizer)
        } catch {
            print("chronicle-bench: \(error)")
            return
        }
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9

        var base: [[String]] = []
        if let demo {
            let files = (FileManager.default.enumerator(atPath: demo)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            for f in files {
                guard let text = try? String(contentsOfFile: demo + "/" + f, encoding: .utf8) else { continue }
                let segmented = SegmentedText(text, mode: .universalDependencies)
                base += segmented.sentences.map { $0.tokens.map { segmented.string($0) } }
            }
        } else if let sentences = try? CoNLLU.read(contentsOf: URL(fileURLWithPath: conllu)) {
            base = sentences.map(\.forms)
        }
        guard !base.isEmpty else {
            print("chronicle-bench syntax: no input (give --conllu FILE or --demo DIR)")
            return
        }
        var sentences = base
        while sentences.reduce(0, { $0 + $1.count }) < minimumTokens { sentences += base }
        let tokens = sentences.reduce(0) { $0 + $1.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount

        func rate(_ seconds: Double) -> String { BenchmarkMeasure.grouped(Double(tokens) / seconds) + " tokens/s" }
        func allCores(_ work: @escaping @Sendable ([String]) -> Void) -> Double {
            let chunks = BenchmarkMeasure.chunks(sentences.count, parts: cores * 4)
            let shared = sentences
            return BenchmarkMeasure.best(runs: runs) {
                DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
                    for s in chunks[k] { work(shared[s]) }
                }
            }.timing.wall
        }

        // One core: CPU time of this thread, so that other processes on a shared machine do
        // not count against the figure (the wall-clock rate is printed beside it).
        func oneCore(_ work: ([String]) -> Int) -> (cpu: Double, wall: Double) {
            var best = (cpu: Double.infinity, wall: Double.infinity)
            for _ in 0 ..< max(1, runs) {
                let wall0 = DispatchTime.now().uptimeNanoseconds
                let cpu0 = threadCPUSeconds()
                var n = 0
                for s in sentences { n &+= work(s) }
                let cpu = threadCPUSeconds() - cpu0
                let wall = Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9
                if n >= 0 { best = (min(best.cpu, cpu), min(best.wall, wall)) }
            }
            return best
        }
        let tagOne = oneCore { syntax.tagger.tag($0).count }
        let parseOne = oneCore { syntax.parse(words: $0).tokens.count }
        let tagAll = allCores { _ = syntax.tagger.tag($0) }
        let parseAll = allCores { _ = syntax.parse(words: $0) }

        print("""
            syntax benchmark: \(BenchmarkMeasure.grouped(Double(tokens))) tokens in \(sentences.count) sentences, best of \(runs) runs
              model load (tagger + parser + lemmas): \(String(format: "%.3f", loadSeconds)) s; parser beam width \(syntax.parser.beamWidth), tagger \(syntax.tagger.beamWidth)
              tagging, 1 core:                     \(rate(tagOne.cpu)) of CPU time (\(rate(tagOne.wall)) wall clock)
              tagging + lemmas + parsing, 1 core:  \(rate(parseOne.cpu)) of CPU time (\(rate(parseOne.wall)) wall clock)
              load average when done: \(loadAverage())
              tagging, \(cores) cores:                    \(rate(tagAll))
              tagging + lemmas + parsing, \(cores) cores: \(rate(parseAll))
              peak resident memory: \(BenchmarkMeasure.peakResidentMegabytes().map { String(format: "%.0f MB", $0) } ?? "n/a")
            """)
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "n/a"
    }
}
