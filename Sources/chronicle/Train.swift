import ArgumentParser

extension Chronicle {
    /// `chronicle train`: trains the models that Chronicle ships.
    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train Chronicle's statistical models.",
            discussion: """
                The shipped syntax models are reproduced from UD English EWT:
                  chronicle train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu -o tagger.bin
                  chronicle train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu -o parser.bin
                """,
            subcommands: [TrainTagger.self, TrainParser.self, TrainPrune.self, TrainAverage.self, TrainJoin.self]
        )
    }
}
