import Foundation

/// The lowercased bytes of a word (up to 16) packed into a hashable key, so that looking a
/// token up never builds a `String`.
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The key of no word (all words have at least one byte).
    static let empty = WordKey(low: 0, high: 0)

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs `bytes[from..<to]`, folding ASCII capitals; nil for words longer than 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        let count = to - from
        guard count > 0, count <= 16 else { return nil }
        var i = 0
        while i < count {
            var b = bytes[from + i]
            if b >= 65, b <= 90 { b += 32 }
            if i < 8 { low |= UInt64(b) << (8 * UInt64(i)) } else { high |= UInt64(b) << (8 * UInt64(i - 8)) }
            i += 1
        }
    }

    init?(_ word: String) {
        var copy = Array(word.utf8)
        let key = copy.withUnsafeMutableBufferPointer { WordKey(UnsafeBufferPointer($0), from: 0, to: $0.count) }
        guard let key else { return nil }
        self = key
    }
}

/// The temporal vocabulary, fixed phrases and tense cues, compiled once from the resource files
/// in `Resources/time/` (`words.tsv`, `zones.tsv`, `tense.tsv`, `phrases.tsv`, `holidays.tsv`).
///
/// Every word the grammar looks at has an id; tokens carry the id, so the grammar compares
/// integers. Editing the vocabulary means editing the TSV files, not this code.
struct TimeLexicon: Sendable {
    /// Word ids by packed key.
    var ids = WordTable()
    /// Entries by id.
    var words: [TimeWord] = []
    /// Fixed phrases ("the following day", "Christmas Eve").
    var phrases = PhraseTrie()
    /// Ids of the structural words the grammar names.
    var fn = FunctionWords(intern: { _ in -1 })

    /// The lexicon read from the package resources, loaded once.
    static let shared: TimeLexicon = {
        do { return try TimeLexicon(resources: TimeLexicon.resourceDirectory()) } catch {
            fatalError("Chronicle time resources are unreadable: \(error)")
        }
    }()

    /// The directory holding the time resources.
    static func resourceDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "words", withExtension: "tsv", subdirectory: "Resources/time") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Resources/time/words.tsv"])
        }
        return url.deletingLastPathComponent()
    }

    /// Reads the resource files from `directory`.
    init(resources directory: URL) throws {
        for row in try Self.rows(directory.appendingPathComponent("words.tsv")) where row.count >= 2 {
            let value = row.count > 2 ? row[2] : ""
            let id = intern(row[0])
            var w = words[Int(id)]
            switch row[1] {
            case "month":
                w.month = Int(value) ?? 0
                w.isShortForm = row[0].count <= 4 && !["may", "june", "july"].contains(row[0])
            case "weekday":
                w.weekday = Int(value) ?? 0
                w.isShortForm = row[0].count <= 4
            case "weekdays": w.weekdays = Int(value) ?? 0
            case "season": w.season = TimeCode(rawValue: value.uppercased())
            case "cardinal": w.cardinal = value == "X" ? -1 : Int(value)
            case "ordinal": w.ordinal = Int(value)
            case "unit": w.unit = TimeUnit(rawValue: value)
            case "daypart": w.daypart = TimeCode(rawValue: value.uppercased())
            case "part": w.part = TimeCode(rawValue: value.uppercased())
            case "premod": w.premod = TimeCode(rawValue: value.uppercased())
            case "rel": w.relative = RelativeWord(rawValue: value)
            case "post": w.post = PostWord(rawValue: value)
            case "approx": w.approx = true
            case "more": w.moreThan = true
            case "less": w.lessThan = true
            case "ampm": w.meridiem = value == "PM" ? 2 : 1
            case "set": w.setUnit = TimeUnit(rawValue: value)
            case "abbrev": w.abbreviation = true
            case "dayname": w.namesWeekday = true
            case "discourse": w.followsDiscourseNow = true
            case "link": w.isLink = true
            case "modal": w.isModal = true
            case "filler": w.isFiller = true
            case "premark": w.prefixMod = value
            default: break
            }
            words[Int(id)] = w
        }
        for row in try Self.rows(directory.appendingPathComponent("zones.tsv")).dropFirst() where row.count >= 1 {
            let id = intern(row[0])
            words[Int(id)].zone = true
        }
        for row in try Self.rows(directory.appendingPathComponent("tense.tsv")).dropFirst() where row.count >= 2 {
            let id = intern(row[0])
            switch row[1] {
            case "be": words[Int(id)].isBeForm = true
            case "deadline": words[Int(id)].isDeadline = true
            case "commitment": words[Int(id)].isCommitment = true
            case "settled": words[Int(id)].isSettling = true
            case "accord": words[Int(id)].isAccord = true
            default: words[Int(id)].tense = TenseCue(rawValue: row[1])
            }
        }
        for row in try Self.rows(directory.appendingPathComponent("not_years.tsv")).dropFirst() where row.count >= 2 {
            let id = intern(row[1])
            if row[0] == "before" { words[Int(id)].blocksYearAfter = true } else { words[Int(id)].blocksYearBefore = true }
        }
        fn = FunctionWords(intern: { intern($0) })
        for row in try Self.rows(directory.appendingPathComponent("phrases.tsv")).dropFirst() where row.count >= 4 {
            guard let type = TimexType(rawValue: row[1]) else { continue }
            let anchor = Anchor(rawValue: row[3])
            phrases.insert(keys: phraseKeys(row[0]), entry: PhraseEntry(type: type, operation: row[2], anchor: anchor))
        }
        for row in try Self.rows(directory.appendingPathComponent("holidays.tsv")).dropFirst() where row.count >= 3 {
            guard let m = Int(row[1]) else { continue }
            phrases.insert(keys: phraseKeys(row[0]), entry: PhraseEntry(type: .date, operation: "md:\(m):\(row[2])", anchor: .publication))
        }
        // Which words can begin an expression: the scanner skips all others at once.
        let starters: [Int32] = [fn.no, fn.the, fn.fiscal, fn.fy, fn.between, fn.every, fn.each, fn.once, fn.twice,
                                 fn.at, fn.up, fn.q, fn.h, fn.mid]
        for k in words.indices {
            let w = words[k]
            words[k].canStart = w.month > 0 || w.weekday > 0 || w.weekdays > 0 || w.season != nil || w.cardinal != nil
                || w.ordinal != nil || w.relative != nil || w.premod != nil || w.part != nil || w.approx || w.moreThan
                || w.lessThan || w.setUnit != nil || w.prefixMod != nil
                || (w.unit != nil && w.unit != .half) || w.daypart == .NO || w.daypart == .MI
                || starters.contains(Int32(k)) || phrases.starts(with: Int32(k))
            words[k].startsPhrase = phrases.starts(with: Int32(k))
        }
    }

    /// The id of a word, creating an empty entry when it is new.
    @discardableResult
    mutating func intern(_ word: String) -> Int32 {
        guard let key = WordKey(word) else { return -1 }
        if let id = ids[key] { return id }
        let id = Int32(words.count)
        ids.insert(key, id)
        words.append(TimeWord())
        return id
    }

    /// The token keys of a phrase, as the tokenizer will produce them for running text.
    private mutating func phraseKeys(_ phrase: String) -> [Int32] {
        var text = Array(phrase.utf8)
        var keys: [Int32] = []
        let tokens = text.withUnsafeMutableBufferPointer { buffer in
            TimeTokenizer.tokenize(UnsafeBufferPointer(buffer), lexicon: nil)
        }
        for token in tokens {
            if token.kind == .punct {
                keys.append(TimeToken.punctKey(token.punct))
            } else {
                let word = String(decoding: text[Int(token.start)..<Int(token.end)], as: UTF8.self)
                keys.append(intern(word.lowercased()))
            }
        }
        return keys
    }

    /// The id of a lowercased word, or -1.
    func id(_ word: String) -> Int32 {
        guard let key = WordKey(word) else { return -1 }
        return ids[key] ?? -1
    }

    /// Non-empty, non-comment lines split on tabs.
    static func rows(_ url: URL) throws -> [[String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { String($0.trimmingCharacters(in: .whitespaces)) }
        }
    }
}

/// Ids of the structural words the grammar tests for ("of", "the", "to", ...).
final class FunctionWords: Sendable {
    let the: Int32, of: Int32, to: Int32, from: Int32, and: Int32
    let through: Int32, between: Int32, until: Int32, till: Int32, beyond: Int32
    let st: Int32, nd: Int32, rd: Int32, th: Int32, s: Int32
    let at: Int32, in_: Int32, on: Int32, by: Int32, since: Int32
    let during: Int32, before: Int32, after: Int32, than: Int32
    let least: Int32, most: Int32, times: Int32, once: Int32, twice: Int32
    let per: Int32, every: Int32, each: Int32, fiscal: Int32
    let now: Int32, today: Int32, that: Int32, q: Int32, h: Int32
    let fy: Int32, year: Int32, local: Int32, time: Int32
    let for_: Int32, within: Int32, over: Int32, century: Int32
    let be: Int32, his: Int32, her: Int32, their: Int32, its: Int32
    let a: Int32, an: Int32, these: Int32, those: Int32, this: Int32
    let half: Int32, hours: Int32, hrs: Int32, o: Int32, clock: Int32
    let around: Int32, about: Int32, second: Int32, may: Int32, march: Int32
    let no: Int32, period: Int32, mid: Int32, old: Int32, couple: Int32, dozen: Int32
    let fall: Int32, soon: Int32, some: Int32, under: Int32
    let up: Int32, ending: Int32, beginning: Int32, starting: Int32, ended: Int32, as_: Int32, long: Int32
    let was: Int32, were: Int32, due: Int32, scheduled: Int32
    let had: Int32, been: Int32, early: Int32, when: Int32, which: Int32, or: Int32, set: Int32, has: Int32, have: Int32, into: Int32
    let next: Int32, one: Int32, later: Int32, if_: Int32, unless: Int32, whether: Int32
    let throughout: Int32, ahead: Int32, so: Int32, latest: Int32, corresponding: Int32, comparable: Int32
    let plan: Int32, plans: Int32, first: Int32, deadline: Int32

    /// Whether `key` is an article or a possessive determiner (`the`, `a`, `an`, `his`, `her`,
    /// `its`, `their`).
    func isDeterminer(_ key: Int32) -> Bool {
        key == the || key == a || key == an || key == his || key == her || key == its || key == their
    }

    init(intern: (String) -> Int32) {
        the = intern("the"); of = intern("of"); to = intern("to"); from = intern("from")
        and = intern("and"); through = intern("through"); between = intern("between"); throughout = intern("throughout")
        until = intern("until"); till = intern("till"); beyond = intern("beyond"); st = intern("st"); nd = intern("nd")
        rd = intern("rd"); th = intern("th"); s = intern("s"); at = intern("at"); in_ = intern("in")
        on = intern("on"); by = intern("by"); since = intern("since"); during = intern("during")
        before = intern("before"); after = intern("after"); than = intern("than")
        least = intern("least"); most = intern("most"); times = intern("times"); once = intern("once")
        twice = intern("twice"); per = intern("per"); every = intern("every"); each = intern("each")
        fiscal = intern("fiscal"); now = intern("now"); today = intern("today"); that = intern("that")
        q = intern("q"); h = intern("h"); fy = intern("fy"); year = intern("year")
        local = intern("local"); time = intern("time"); for_ = intern("for"); within = intern("within")
        over = intern("over"); century = intern("century"); be = intern("be"); his = intern("his")
        her = intern("her"); their = intern("their"); its = intern("its"); a = intern("a")
        an = intern("an"); these = intern("these"); those = intern("those"); this = intern("this")
        half = intern("half"); hours = intern("hours"); hrs = intern("hrs"); o = intern("o")
        clock = intern("clock"); up = intern("up"); ending = intern("ending")
        beginning = intern("beginning"); starting = intern("starting")
        around = intern("around"); about = intern("about"); second = intern("second")
        may = intern("may"); march = intern("march"); fall = intern("fall"); soon = intern("soon")
        some = intern("some"); under = intern("under"); old = intern("old"); mid = intern("mid"); period = intern("period"); no = intern("no")
        couple = intern("couple"); dozen = intern("dozen"); ended = intern("ended")
        as_ = intern("as"); long = intern("long"); deadline = intern("deadline")
        was = intern("was"); were = intern("were"); due = intern("due"); scheduled = intern("scheduled")
        had = intern("had"); been = intern("been"); early = intern("early")
        when = intern("when"); which = intern("which"); or = intern("or"); set = intern("set")
        has = intern("has"); have = intern("have"); into = intern("into")
        next = intern("next"); one = intern("one"); later = intern("later")
        if_ = intern("if"); unless = intern("unless"); whether = intern("whether")
        ahead = intern("ahead"); so = intern("so"); latest = intern("latest")
        corresponding = intern("corresponding"); comparable = intern("comparable")
        plan = intern("plan"); plans = intern("plans"); first = intern("first")
    }
}
