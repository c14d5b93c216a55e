import ChronicleCore
import Foundation

/// `chronicle-bench text`: throughput of the text layer over a corpus of at least 50 MB built by
/// repeating the files under `demo/`.
///
/// It measures (a) normalization alone, (b) normalization + tokenization, and (c) the whole text
/// layer (normalization, tokenization and sentence splitting, as ``SegmentedText`` does), each
/// on one core and on all cores (the documents split into chunks run with
/// `DispatchQueue.concurrentPerform`), and prints MB/s, sentences/s and the peak resident memory.
/// Throughput is given per wall-clock second and per CPU second: on a shared machine the wall
/// clock includes waiting for a core, the CPU time only the work (the per-core figure).
///
/// ```
/// $ swift build -c release --product chronicle-bench
/// $ .build/release/chronicle-bench text
/// ```
enum TextBenchmark {
    /// Counts a pass produces, so the optimizer cannot drop the work.
    struct Counts {
        var bytes = 0
        var tokens = 0
        var sentences = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(bytes: a.bytes + b.bytes, tokens: a.tokens + b.tokens, sentences: a.sentences + b.sentences)
        }
    }

    /// A pass over some documents.
    typealias Pass = @Sendable (ArraySlice<String>) -> Counts

    static func main(_ arguments: [String]) {
        let options = CorpusOptions.parse(arguments, demo: "demo", megabytes: 50, runs: 3)
        let (sources, corpus) = options.corpus()
        let (demo, runs) = (options.demo, options.runs)
        let totalBytes = corpus.reduce(0) { $0 + $1.utf8.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("corpus: \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, \(corpus.count) documents "
              + "(\(sources.count) files from \(demo)/ repeated), \(cores) cores, best of \(runs) runs")

        let passes: [(String, Pass)] = [
            ("normalize", { docs in
                var c = Counts()
                for d in docs { c.bytes += NormalizedText(d).bytes.count }
                return c
            }),
            ("normalize+tokenize", { docs in
                var c = Counts()
                let tokenizer = Tokenizer()
                for d in docs {
                    let n = NormalizedText(d)
                    c.bytes += n.bytes.count
                    c.tokens += tokenizer.tokenize(n.bytes).count
                }
                return c
            }),
            ("text layer (+ sentences)", { docs in
                var c = Counts()
                for d in docs {
                    let s = SegmentedText(d)
                    c.bytes += s.normalized.bytes.count
                    c.sentences += s.sentences.count
                    for sentence in s.sentences { c.tokens += sentence.tokens.count }
                }
                return c
            }),
        ]
        print("pass                     threads  wall MB/s  CPU MB/s per core  sentences/s (wall)  sentences/s per core")
        for (name, pass) in passes {
            for threads in Set([1, cores]).sorted() {
                let (timing, counts) = BenchmarkMeasure.best(runs: runs) { run(pass, over: corpus, threads: threads) }
                let megabytes = Double(totalBytes) / 1e6
                let sentences = Double(counts.sentences)
                print(name.padding(toLength: 24, withPad: " ", startingAt: 0)
                      + String(format: " %7d %10.1f %18.1f", threads, megabytes / timing.wall, megabytes / timing.cpu)
                      + pad(counts.sentences > 0 ? BenchmarkMeasure.grouped(sentences / timing.wall) : "-", 20)
                      + pad(counts.sentences > 0 ? BenchmarkMeasure.grouped(sentences / timing.cpu) : "-", 22))
            }
        }
        if let peak = BenchmarkMeasure.peakResidentMegabytes() {
            print(String(format: "peak memory (VmHWM): %.0f MB", peak))
        }
    }

    /// Runs `pass` over all documents on `threads` threads.
    static func run(_ pass: Pass, over corpus: [String], threads: Int) -> Counts {
        if threads == 1 { return pass(corpus[...]) }
        let ranges = BenchmarkMeasure.chunks(corpus.count, parts: threads * 8)
        let results = UnsafeMutableBufferPointer<Counts>.allocate(capacity: ranges.count)
        results.initialize(repeating: Counts())
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
            slots[k] = pass(corpus[ranges[k]])
        }
        return results.reduce(Counts(), +)
    }

    /// The texts of the regular files under `directory` (the expected-output folder excluded).
    static func demoTexts(in directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var texts = [(String, String)]()
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !url.path.contains("/expected/"),
                  ["txt", "html", "jsonl", "rss", "atom", "xml", "md"].contains(url.pathExtension),
                  let data = try? Data(contentsOf: url) else { continue }
            texts.append((url.path, String(decoding: data, as: UTF8.self)))
        }
        return texts.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Repeats `sources` until the total reaches `megabytes`; every copy gets its own storage.
    static func repeatCorpus(_ sources: [String], toMegabytes megabytes: Int) -> [String] {
        var corpus = [String]()
        var total = 0
        while total < megabytes * 1_000_000 {
            for s in sources {
                corpus.append(String(decoding: Array(s.utf8), as: UTF8.self))
                total += s.utf8.count
            }
        }
        return corpus
    }

    static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("chronicle-bench: error: \(message)\n".utf8))
        exit(1)
    }
}
