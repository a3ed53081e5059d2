package se.rattighetsnavet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.rattighetsnavet.platform.Role;

class RolePolicyTests {

	@Test
	void rolesBelongToTheirKindOfOrganisation() {
		assertThat(RolePolicy.fits(Role.PROGRAMME_OFFICE, "SKR")).isTrue();
		assertThat(RolePolicy.fits(Role.PROGRAMME_OFFICE, "KOMMUN")).isFalse();
		assertThat(RolePolicy.fits(Role.MINISTRY, "REGERINGSKANSLIET")).isTrue();
		assertThat(RolePolicy.fits(Role.PAYING_AGENCY, "KAMMARKOLLEGIET")).isTrue();
		assertThat(RolePolicy.fits(Role.PAYING_AGENCY, "SKR")).isFalse();
		assertThat(RolePolicy.fits(Role.MEMBER_EDITOR, "REGION")).isTrue();
		assertThat(RolePolicy.fits(Role.MEMBER_READER, "KOMMUN")).isTrue();
		assertThat(RolePolicy.fits(Role.MEMBER_EDITOR, "REGERINGSKANSLIET")).isFalse();
	}

	@Test
	void programmeOfficeGrantsOnlyMemberRoles() {
		assertThat(RolePolicy.mayGrant(Set.of(Role.PROGRAMME_OFFICE), Set.of(Role.MEMBER_EDITOR))).isTrue();
		assertThat(RolePolicy.mayGrant(Set.of(Role.PROGRAMME_OFFICE), Set.of(Role.ADMIN))).isFalse();
		assertThat(RolePolicy.mayGrant(Set.of(Role.ADMIN), Set.of(Role.PAYING_AGENCY))).isTrue();
		assertThat(RolePolicy.mayGrant(Set.of(Role.MEMBER_EDITOR), Set.of(Role.MEMBER_READER))).isFalse();
	}
}
