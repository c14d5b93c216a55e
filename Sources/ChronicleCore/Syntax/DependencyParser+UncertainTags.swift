extension DependencyParser {
    /// The parser's tag values for a tagged sentence: each word's ``tagKey(upos:xpos:)``, except
    /// that a word the tagger was unsure of (its margin below ``uncertainMargin``) gets a value
    /// naming both its tag and the tagger's runner-up (``uncertainTagKey(_:runnerUp:)``), so that
    /// every tag template learns how far to trust "NN, perhaps NNP" apart from a sure "NN".
    /// The UPOS templates still see the tag alone.
    ///
    /// - Parameters:
    ///   - classes: The tagger's class of each word.
    ///   - runnersUp: Its runner-up class (-1 for none), from
    ///     ``PartOfSpeechTagger/tagWithRunnersUp(_:)``.
    ///   - margins: The margin of each decision.
    ///   - tagKeys: The ``tagKey(upos:xpos:)`` of each tagger class.
    ///
    /// ```swift
    /// let t = tagger.tagWithRunnersUp(words)
    /// let tags = parser.tagValues(classes: t.tags, runnersUp: t.runnersUp, margins: t.margins, tagKeys: keys)
    /// ```
    public func tagValues(classes: [Int], runnersUp: [Int], margins: [Float], tagKeys: [UInt64]) -> [UInt64] {
        if usesRunnersUp { return classes.map { tagKeys[$0] } }
        return Self.tagValues(classes: classes, runnersUp: runnersUp, margins: margins, tagKeys: tagKeys,
                              below: uncertainMargin)
    }

    /// The runner-up values of a tagged sentence for a model that ``usesRunnersUp``: the
    /// ``tagKey(upos:xpos:)`` of the tagger's runner-up class for words tagged with a margin
    /// below `margin`, ``sureTag`` for the others.
    public static func runnerUpValues(runnersUp: [Int], margins: [Float], tagKeys: [UInt64],
                                      below margin: Float) -> [UInt64] {
        runnersUp.indices.map { i in margins[i] < margin && runnersUp[i] >= 0 ? tagKeys[runnersUp[i]] : sureTag }
    }

    /// The runner-up value of a word the tagger was sure of.
    public static let sureTag: UInt64 = 0x73757265

    /// ``tagValues(classes:runnersUp:margins:tagKeys:)`` with the margin given (for training
    /// tags, before the model exists); a margin of 0 gives the plain tag keys.
    public static func tagValues(classes: [Int], runnersUp: [Int], margins: [Float], tagKeys: [UInt64],
                                 below margin: Float) -> [UInt64] {
        classes.indices.map { i in
            let tag = tagKeys[classes[i]]
            guard margins[i] < margin, runnersUp[i] >= 0 else { return tag }
            return uncertainTagKey(tag, runnerUp: tagKeys[runnersUp[i]])
        }
    }

    /// The tag value of a word tagged `tag` whose runner-up was `runnerUp` (both
    /// ``tagKey(upos:xpos:)`` values); order matters ("NN, perhaps NNP" is not "NNP, perhaps NN").
    public static func uncertainTagKey(_ tag: UInt64, runnerUp: UInt64) -> UInt64 {
        FeatureHash.mix(tag &* 0x9E3779B97F4A7C15 ^ FeatureHash.mix(runnerUp ^ 0x756e7375726521))
    }

    /// The same model, marked to be given uncertain tag values below `margin` (what training
    /// used; `chronicle train parser --uncertain-margin`).
    public func withUncertainMargin(_ margin: Float) -> DependencyParser {
        DependencyParser(labels: labels, weights: weights, usesCoarseTags: usesCoarseTags, beamWidth: beamWidth,
                         uncertainMargin: margin, usesRunnersUp: usesRunnersUp)
    }
}
