package vn.chidao.identity.people.adapter.in.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.chidao.identity.people.application.MembershipCommand;

/**
 * Bodies of the people endpoints. Usernames are Keycloak logins and appear in paths, hence their
 * narrow alphabet (Keycloak lower-cases usernames anyway).
 */
final class PeopleRequests {

  static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";
  static final String USERNAME_MESSAGE =
      "Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.";

  private PeopleRequests() {}

  record Join(
      @NotBlank(message = "Cần tên đăng nhập.")
          @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE)
          String username,
      @NotBlank(message = "Cần địa chỉ thư công vụ.")
          @Email(message = "Địa chỉ thư không hợp lệ.")
          @Size(max = 254, message = "Địa chỉ thư tối đa 254 ký tự.")
          String email,
      @NotBlank(message = "Cần chức vụ.") String position,
      @Size(max = 7, message = "Tối đa 7 vai trò.")
          List<@NotBlank(message = "Vai trò trống.") String> roles) {

    MembershipCommand toCommand() {
      return new MembershipCommand(username, email, position, roles == null ? List.of() : roles);
    }
  }

  /** Only the fields to change; absent ones are kept. */
  record Change(
      @Email(message = "Địa chỉ thư không hợp lệ.")
          @Size(max = 254, message = "Địa chỉ thư tối đa 254 ký tự.")
          String email,
      @Size(min = 1, max = 40, message = "Chức vụ không hợp lệ.") String position,
      @Size(max = 7, message = "Tối đa 7 vai trò.")
          List<@NotBlank(message = "Vai trò trống.") String> roles) {

    MembershipCommand toCommand(String username) {
      return new MembershipCommand(username, email, position, roles);
    }
  }
}
