/// A word the clause readers compare tokens with, as the ``PhraseHash`` of its lowercase form.
///
/// Comparing two strings costs a call into the string library for every pair that differs;
/// comparing a token's ``EventToken/key`` with a precomputed key costs one instruction. The
/// readers test a few dozen function words at almost every token, so they name them here.
///
/// ```swift
/// EventToken(form: "Of", start: 0, end: 2).isWord(.of)   // true
/// ```
struct ClauseWordKey: Sendable, Equatable {
    let key: UInt64

    /// The key of a word given in lowercase.
    init(_ word: String) { key = PhraseHash.token(word.utf8, lowered: false) }

    static let according = ClauseWordKey("according")
    static let all = ClauseWordKey("all")
    static let and = ClauseWordKey("and")
    static let apostropheS = ClauseWordKey("'s")
    static let `as` = ClauseWordKey("as")
    static let at = ClauseWordKey("at")
    static let been = ClauseWordKey("been")
    static let being = ClauseWordKey("being")
    static let both = ClauseWordKey("both")
    static let but = ClauseWordKey("but")
    static let citing = ClauseWordKey("citing")
    static let colon = ClauseWordKey(":")
    static let comma = ClauseWordKey(",")
    static let curlyApostropheS = ClauseWordKey("’s")
    static let `for` = ClauseWordKey("for")
    static let forward = ClauseWordKey("forward")
    static let get = ClauseWordKey("get")
    static let going = ClauseWordKey("going")
    static let got = ClauseWordKey("got")
    static let has = ClauseWordKey("has")
    static let `if` = ClauseWordKey("if")
    static let `in` = ClauseWordKey("in")
    static let `is` = ClauseWordKey("is")
    static let of = ClauseWordKey("of")
    static let once = ClauseWordKey("once")
    static let or = ClauseWordKey("or")
    static let period = ClauseWordKey(".")
    static let questionMark = ClauseWordKey("?")
    static let since = ClauseWordKey("since")
    static let that = ClauseWordKey("that")
    static let straightQuote = ClauseWordKey("\"")
    static let the = ClauseWordKey("the")
    static let to = ClauseWordKey("to")
    static let was = ClauseWordKey("was")
    static let whether = ClauseWordKey("whether")
    static let which = ClauseWordKey("which")
    static let who = ClauseWordKey("who")
    static let whom = ClauseWordKey("whom")
    static let whose = ClauseWordKey("whose")
    static let `while` = ClauseWordKey("while")
}

extension EventToken {
    /// Whether the token, lowercased, is the word.
    @inline(__always)
    func isWord(_ w: ClauseWordKey) -> Bool { key == w.key }
}
