/// The function words the event coder's readers compare tokens with, beside the resolver's
/// (``TokenLiteral``): a comparison of two 64-bit hashes instead of two strings. The readers
/// test a few dozen function words at almost every token.
///
/// ```swift
/// EventToken(form: "Of", start: 0, end: 2).isWord(.of)   // true
/// ```
extension TokenLiteral {
    static let a = TokenLiteral("a")
    static let all = TokenLiteral("all")
    static let an = TokenLiteral("an")
    static let `as` = TokenLiteral("as")
    static let at = TokenLiteral("at")
    static let been = TokenLiteral("been")
    static let being = TokenLiteral("being")
    static let both = TokenLiteral("both")
    static let cent = TokenLiteral("cent")
    static let during = TokenLiteral("during")
    static let each = TokenLiteral("each")
    static let their = TokenLiteral("their")
    static let two = TokenLiteral("two")
    static let three = TokenLiteral("three")
    static let without = TokenLiteral("without")
    static let off = TokenLiteral("off")
    static let on = TokenLiteral("on")
    static let four = TokenLiteral("four")
    static let but = TokenLiteral("but")
    static let citing = TokenLiteral("citing")
    static let curlyApostropheS = TokenLiteral("’s")
    static let forward = TokenLiteral("forward")
    static let get = TokenLiteral("get")
    static let going = TokenLiteral("going")
    static let got = TokenLiteral("got")
    static let has = TokenLiteral("has")
    static let have = TokenLiteral("have")
    static let `if` = TokenLiteral("if")
    static let `is` = TokenLiteral("is")
    static let once = TokenLiteral("once")
    static let per = TokenLiteral("per")
    static let around = TokenLiteral("around")
    static let about = TokenLiteral("about")
    static let approximately = TokenLiteral("approximately")
    static let roughly = TokenLiteral("roughly")
    /// Words of an amount that an approximation may stand before ("around a dozen", "about
    /// two hundred"); a digit opens an amount too ("about 30").
    static let amountWords: [TokenLiteral] = ["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "two", "three",
                                              "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty"].map(TokenLiteral.init)
    static let questionMark = TokenLiteral("?")
    static let openingQuote = TokenLiteral("“")
    static let closingQuote = TokenLiteral("”")
    static let since = TokenLiteral("since")
    static let that = TokenLiteral("that")
    static let was = TokenLiteral("was")
    static let whether = TokenLiteral("whether")
    static let which = TokenLiteral("which")
    static let who = TokenLiteral("who")
    static let whom = TokenLiteral("whom")
    static let whose = TokenLiteral("whose")
    static let we = TokenLiteral("we")
    static let what = TokenLiteral("what")
    static let `while` = TokenLiteral("while")
}

extension EventToken {
    /// Whether the token, lowercased, is the literal.
    @inline(__always)
    func isWord(_ w: TokenLiteral) -> Bool { key == w.hash }
}
