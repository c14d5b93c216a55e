import ChronicleCore
import Foundation

/// `chronicle-bench time [MB] [--demo DIR]`: throughput of temporal recognition and
/// normalization over synthetic news text (or the articles of a demo directory, repeated), one
/// article-sized document at a time, on one core.
enum TimeBenchmark {
    /// Sentences in the style of agency reports, dense in dates like real coverage.
    static let sentences = [
        "The foreign ministers of the two countries met in Seoul on April 11, 2018 to prepare the summit.",
        "Officials said on Tuesday that talks would resume at the end of March after a pause of three weeks.",
        "In the middle of June 2018 the leaders agreed to restart negotiations, which collapsed in February.",
        "The following day the envoy flew to Beijing, where he stayed for 261 days under house arrest.",
        "Sanctions imposed in the 1970s and 80s were lifted last year, the ministry said in a statement.",
        "The conference will run from October 6-8 in Vienna, and a second round is planned for early 2019.",
        "Police said 2,020 people were detained and that Resolution 2397 had been violated twice this week.",
        "Troops may march into the city if the ceasefire, which took effect at 4:15 P.M. SGT, does not hold.",
        "A spokesman for the government, who declined to be named, described the meeting as constructive and frank.",
        "The delegation, which includes senior diplomats and military officers, is expected to return next month.",
        "Humanitarian agencies warned that food supplies in the besieged districts would run out within weeks.",
        "Two days later the council adopted a resolution calling on all parties to respect the truce every day.",
        "The opposition leader accused the government of stalling and called for an independent inquiry into the killings.",
        "Diplomats from both sides described the atmosphere as tense but said that the channels of communication remained open.",
        "The army denied the reports and said its units had acted in self-defence after coming under fire near the border.",
        "Analysts in the capital cautioned that any agreement would depend on the goodwill of armed groups on the ground.",
        "The statement urged restraint, condemned the attack on civilians and offered assistance to the families of the victims.",
        "Aid workers said that several roads remained blocked by landslides and that fuel was being rationed in the north.",
    ]

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    static func run(_ arguments: [String]) {
        let megabytes = arguments.first.flatMap(Double.init) ?? 20
        var documents: [String] = []
        if let flag = arguments.firstIndex(of: "--demo"), flag + 1 < arguments.count {
            let dir = arguments[flag + 1]
            let names = ((FileManager.default.enumerator(atPath: dir)?.allObjects as? [String]) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            let articles = names.compactMap { try? String(contentsOfFile: (dir as NSString).appendingPathComponent($0), encoding: .utf8) }
            guard !articles.isEmpty else {
                print("time: no .txt articles under \(dir)")
                return
            }
            var total = 0
            while Double(total) < megabytes * 1_000_000 {
                for a in articles { documents.append(a); total += a.utf8.count }
            }
            measure(documents, total: total, label: "demo articles of \(dir)")
            return
        }
        // Articles of about 3 KB: paragraphs of rotating sentences.
        var article = ""
        var k = 0
        var total = 0
        while Double(total) < megabytes * 1_000_000 {
            article += sentences[k % sentences.count]
            article += k % 3 == 2 ? "\n\n" : " "
            k += 1
            if article.utf8.count > 3000 {
                total += article.utf8.count
                documents.append(article)
                article = ""
            }
        }
        measure(documents, total: total, label: "synthetic sentences")
    }

    static func measure(_ documents: [String], total: Int, label: String) {
        let tagger = TemporalTagger.shared
        let date = CalendarDay(iso: "2018-06-12")
        _ = tagger.annotate(text: documents[0], publicationDate: date)   // load resources
        var found = 0
        // CPU time of this process, best of five rounds: the machine is shared, so wall time (and
        // one round) would measure the neighbours too.
        var best = Double.infinity
        var wallBest = Double.infinity
        for _ in 0..<5 {
            found = 0
            let cpuStart = cpuSeconds()
            let wall = ContinuousClock().measure {
                for d in documents { found += tagger.annotate(text: d, publicationDate: date).count }
            }
            best = min(best, cpuSeconds() - cpuStart)
            wallBest = min(wallBest, Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
        }
        let mb = Double(total) / 1_000_000
        print(String(format: "time (%@): %.1f MB in %d documents, %d expressions; best CPU %.2f s: %.1f MB/s per core (best wall %.2f s)",
                     label, mb, documents.count, found, best, mb / best, wallBest))
    }
}
