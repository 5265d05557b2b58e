# Kept apart so the rest of the template validates with Debian's packer 1.6.6, which predates required_plugins
# and has amazon-ebs built in; CI validates a copy of this folder without this file there.
packer {
  required_version = ">= 1.10.0"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.3"
    }
  }
}
