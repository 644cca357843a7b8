package city.hotline.rules.facts;

/**
 * A police officer's act: taking money, beating, refusing to act.
 *
 * @param officer the officer word ({@code 民警}, {@code 派出所})
 * @param act     the act ({@code 收钱}, {@code 打人}, {@code 不立案})
 */
public record OfficerActFrame(String officer, String act) implements Frame {

    @Override
    public String describe() {
        return "frame:officer(" + officer + ", act=" + act + ")";
    }
}
