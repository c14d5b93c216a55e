import ChronicleCore
import Foundation

/// `chronicle-bench events`: end-to-end event coding throughput (text → events: text layer,
/// actors, dates, clause reading and pattern matching) over a corpus built by repeating the
/// articles under `demo/articles`, on one core and on all cores, with the peak memory.
///
/// ```
/// $ swift build -c release --product chronicle-bench
/// $ .build/release/chronicle-bench events --megabytes 5
/// ```
enum EventBenchmark {
    struct Counts {
        var bytes = 0
        var sentences = 0
        var events = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(bytes: a.bytes + b.bytes, sentences: a.sentences + b.sentences, events: a.events + b.events)
        }
    }

    static func main(_ arguments: [String]) {
        let options = CorpusOptions.parse(arguments, demo: "demo/articles", megabytes: 5, runs: 2)
        let (sources, corpus) = options.corpus()
        let (demo, runs) = (options.demo, options.runs)
        let totalBytes = corpus.reduce(0) { $0 + $1.utf8.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let coder = EventCoder.shipped()
        let day = CalendarDay(year: 2018, month: 6, day: 12)
        // Load the lexicons, models and gazetteers before timing.
        _ = coder.code(Document(id: "warm-up", text: sources[0], publicationDate: day))
        print("corpus: \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, \(corpus.count) documents "
              + "(\(sources.count) files from \(demo)/ repeated), \(cores) cores, best of \(runs) runs")
        // The machine may be shared: MB per CPU-second is the per-core figure.
        print("pass                      threads   MB/s (wall)   MB/s per core (CPU)   sentences/s (wall)   sentences/s per core   events")
        let pass: @Sendable (ArraySlice<String>) -> Counts = { docs in
            var c = Counts()
            for (i, text) in zip(docs.indices, docs) {
                let coded = coder.code(Document(id: "d\(i)", text: text, publicationDate: day))
                c.bytes += text.utf8.count
                c.sentences += coded.sentences.count
                c.events += coded.events.count
            }
            return c
        }
        // Where the time goes, on one core: the stages the coder reads, then the whole coder.
        let resolver = try? ActorResolver.shipped()
        let stages: [(String, @Sendable (ArraySlice<String>) -> Counts)] = [
            ("  text layer (UD)", { docs in
                var c = Counts()
                for text in docs { c.sentences += SegmentedText(text, mode: .universalDependencies).sentences.count }
                return c
            }),
            ("  actors", { docs in
                var c = Counts()
                for text in docs { c.events += resolver?.resolve(text: text, publicationDate: day).count ?? 0 }
                return c
            }),
            ("  times", { docs in
                var c = Counts()
                for text in docs { c.events += TemporalTagger.shared.annotate(text: text, publicationDate: day).count }
                return c
            }),
        ]
        for (name, stage) in stages {
            let (timing, _) = BenchmarkMeasure.best(runs: runs) { stage(corpus[...]) }
            print(name.padding(toLength: 24, withPad: " ", startingAt: 0)
                  + String(format: " %7d %13.2f %21.2f", 1, Double(totalBytes) / 1e6 / timing.wall, Double(totalBytes) / 1e6 / timing.cpu))
        }
        for threads in Set([1, cores]).sorted() {
            let (timing, counts) = BenchmarkMeasure.best(runs: runs) { run(pass, over: corpus, threads: threads) }
            let megabytes = Double(totalBytes) / 1e6
            let sentences = Double(counts.sentences)
            print("code (text → events)".padding(toLength: 24, withPad: " ", startingAt: 0)
                  + String(format: " %7d %13.2f %21.2f", threads, megabytes / timing.wall, megabytes / timing.cpu)
                  + TextBenchmark.pad(BenchmarkMeasure.grouped(sentences / timing.wall), 21)
                  + TextBenchmark.pad(BenchmarkMeasure.grouped(sentences / timing.cpu), 23)
                  + TextBenchmark.pad(String(counts.events), 9))
        }
        if let peak = BenchmarkMeasure.peakResidentMegabytes() {
            print(String(format: "peak memory (VmHWM): %.0f MB", peak))
        }
    }

    static func run(_ pass: @Sendable (ArraySlice<String>) -> Counts, over corpus: [String], threads: Int) -> Counts {
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
}
