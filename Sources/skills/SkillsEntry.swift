import SkillsCommands

/// The `skills` executable: all work lives in the SkillsCommands library.
@main
enum SkillsEntry {
    static func main() async {
        await SkillsCommand.main()
    }
}
