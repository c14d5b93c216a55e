import ChronicleCore
import Foundation

// `chronicle-bench MODE [ARGS]`: one case per benchmark; each lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "actors":
    ActorsBenchmark.run(Array(arguments.dropFirst()))
default:
    print("usage: chronicle-bench actors [FILE|DIR ...] [--mb N]")
}
